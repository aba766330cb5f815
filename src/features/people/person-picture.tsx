import type { ImageSource } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { useObjectUrl } from '../../lib/use-object-url';
import { useMediaBytes } from '../../storage/media-repo';
import './profile.css';

export interface PersonPictureProps {
  readonly picture: ImageSource | null;
  /** Alt text; empty when the picture sits beside the person's name and adds nothing to it. */
  readonly alt?: string;
}

/** A person's photo or symbol, or nothing when they have none. */
export function PersonPicture({ picture, alt = '' }: PersonPictureProps) {
  const media = useMediaBytes(picture?.kind === 'media' ? picture.mediaId : undefined);
  const photoUrl = useObjectUrl(media?.bytes, media?.type);
  const src = picture?.kind === 'symbol' ? symbolUrl(picture.symbol) : photoUrl;
  if (!src) return null;
  return (
    <img
      className={`person-picture person-picture--${picture?.kind ?? 'none'}`}
      src={src}
      alt={alt}
    />
  );
}
