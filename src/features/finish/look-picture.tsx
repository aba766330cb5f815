import type { ImageSource } from '../../domain/types';
import { imageUrl } from '../../lib/symbols';
import { useObjectUrl } from '../../lib/use-object-url';
import { useMediaBytes } from '../../storage/media-repo';
import { Picture } from '../../ui/picture';

export interface LookPictureProps {
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour?: string | undefined;
  readonly size?: 'small' | 'medium' | 'large';
}

/** A picture and its word: a bundled symbol, or a photo read from storage. */
export function LookPicture({ label, image, colour, size = 'medium' }: LookPictureProps) {
  const media = useMediaBytes(image?.kind === 'media' ? image.mediaId : undefined);
  const photoUrl = useObjectUrl(media?.bytes, media?.type);
  const src = image?.kind === 'symbol' ? imageUrl(image) : photoUrl;
  return <Picture src={src} label={label} colour={colour} size={size} />;
}
