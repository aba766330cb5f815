/**
 * Any ImageSource as a picture: a bundled symbol, or a photo read from storage. The one place that
 * turns stored photo bytes into something on screen, so every feature shows pictures the same way.
 * (ui reads picture bytes from storage/media-repo, and nothing else from storage.)
 */
import type { ImageSource } from '../domain/types';
import { symbolUrl } from '../lib/symbols';
import { useObjectUrl } from '../lib/use-object-url';
import { useMediaBytes } from '../storage/media-repo';
import { Picture, type PictureProps } from './picture';

/** A displayable URL for an image: the symbol's file, or an object URL for a stored photo. */
export function useImageSrc(image: ImageSource | null | undefined): string | undefined {
  const media = useMediaBytes(image?.kind === 'media' ? image.mediaId : undefined);
  const photoUrl = useObjectUrl(media?.bytes, media?.type);
  return image?.kind === 'symbol' ? symbolUrl(image.symbol) : photoUrl;
}

export interface ImagePictureProps extends Omit<PictureProps, 'src'> {
  readonly image: ImageSource | null;
}

function StoredPhoto({ mediaId, ...picture }: Omit<PictureProps, 'src'> & { mediaId: string }) {
  const media = useMediaBytes(mediaId);
  return <Picture src={useObjectUrl(media?.bytes, media?.type)} {...picture} />;
}

/** A picture with its word. Only photos read storage, so a board of symbols costs no lookups. */
export function ImagePicture({ image, ...picture }: ImagePictureProps) {
  if (image?.kind === 'media') return <StoredPhoto mediaId={image.mediaId} {...picture} />;
  return <Picture src={image ? symbolUrl(image.symbol) : undefined} {...picture} />;
}
