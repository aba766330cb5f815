import type { ImageSource } from '../../domain/types';
import { useImageSrc } from '../../ui/image-picture';
import './profile.css';

export interface PersonPictureProps {
  readonly picture: ImageSource | null;
  /** Alt text; empty when the picture sits beside the person's name and adds nothing to it. */
  readonly alt?: string;
}

/** A person's photo or symbol, or nothing when they have none. */
export function PersonPicture({ picture, alt = '' }: PersonPictureProps) {
  const src = useImageSrc(picture);
  if (!src) return null;
  return (
    <img
      className={`person-picture person-picture--${picture?.kind ?? 'none'}`}
      src={src}
      alt={alt}
    />
  );
}
