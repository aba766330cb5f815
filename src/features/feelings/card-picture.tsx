import type { ImageSource } from '../../domain/types';
import { imageUrl } from '../../lib/symbols';
import { useObjectUrl } from '../../lib/use-object-url';
import { useMediaBytes } from '../../storage/media-repo';
import { Picture } from '../../ui/picture';
import type { CardLook } from './card-look';

/** A card's picture and word: a symbol, or a photo read from storage. */
export function CardPicture({
  look,
  size = 'medium',
}: {
  readonly look: CardLook;
  readonly size?: 'small' | 'medium' | 'large';
}) {
  const src = useImageSrc(look.image);
  return <Picture src={src} label={look.label} colour={look.colour} size={size} />;
}

/** Only the image, for small summaries whose words are given elsewhere. */
export function CardThumb({ look }: { readonly look: CardLook }) {
  const src = useImageSrc(look.image);
  return src ? (
    <img className="feelings__thumb" src={src} alt="" draggable={false} />
  ) : (
    <span className="feelings__thumb feelings__thumb--missing" />
  );
}

function useImageSrc(image: ImageSource | null): string | undefined {
  const media = useMediaBytes(image?.kind === 'media' ? image.mediaId : undefined);
  const photoUrl = useObjectUrl(media?.bytes, media?.type);
  return image?.kind === 'symbol' ? imageUrl(image) : photoUrl;
}
