import type { ImageSource } from '../../domain/types';
import { useImageSrc } from '../../ui/image-picture';
import { useSeen } from '../../ui/use-seen';
import './profile.css';

export interface PersonPictureProps {
  readonly picture: ImageSource | null;
  /** Alt text; empty when the picture sits beside the person's name and adds nothing to it. */
  readonly alt?: string;
  /** In a long list: a photo is read only when its row comes near the screen. */
  readonly isReadWhenSeen?: boolean;
}

/** A person's photo or symbol, or nothing when they have none. */
export function PersonPicture({ picture, alt = '', isReadWhenSeen = false }: PersonPictureProps) {
  const [watch, isSeen] = useSeen();
  const isWaiting = isReadWhenSeen && picture?.kind === 'media' && !isSeen;
  const src = useImageSrc(isWaiting ? null : picture);
  if (isWaiting) {
    return (
      <span ref={watch} className="person-picture person-picture--waiting" aria-hidden="true" />
    );
  }
  if (!src) return null;
  return (
    <img
      className={`person-picture person-picture--${picture?.kind ?? 'none'}`}
      src={src}
      alt={alt}
    />
  );
}
