import { ImagePicture } from '../../ui/image-picture';
import type { Look } from './who-look';

export interface WhoToggleProps {
  readonly look: Look;
  readonly isMarked: boolean;
  readonly onToggle: () => void;
  readonly size?: 'small' | 'medium' | 'large';
}

/** A picture that marks or unmarks someone; its word is its name, aria-pressed its state. */
export function WhoToggle({ look, isMarked, onToggle, size = 'medium' }: WhoToggleProps) {
  return (
    <button
      type="button"
      className="choice-toggle affected__toggle"
      aria-pressed={isMarked}
      onClick={onToggle}
    >
      <ImagePicture {...look} size={size} />
    </button>
  );
}
