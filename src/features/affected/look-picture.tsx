import type { ImageSource } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { useObjectUrl } from '../../lib/use-object-url';
import { useMediaBytes } from '../../storage/media-repo';
import { Picture } from '../../ui/picture';
import type { Look } from './who-look';

/** A picture and its word: a bundled symbol, or a photo read from storage. */
export function LookPicture({
  look,
  size = 'medium',
}: {
  readonly look: Look;
  readonly size?: 'small' | 'medium' | 'large';
}) {
  const src = useImageSrc(look.image);
  return <Picture src={src} label={look.label} colour={look.colour} size={size} />;
}

function useImageSrc(image: ImageSource | null): string | undefined {
  const media = useMediaBytes(image?.kind === 'media' ? image.mediaId : undefined);
  const photoUrl = useObjectUrl(media?.bytes, media?.type);
  return image?.kind === 'symbol' ? symbolUrl(image.symbol) : photoUrl;
}
