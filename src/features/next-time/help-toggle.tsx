import { ImagePicture } from '../../ui/image-picture';
import type { HelpChoice } from './help-choice';

export interface HelpToggleProps {
  readonly choice: HelpChoice;
  readonly isChosen: boolean;
  readonly onToggle: () => void;
}

/** A picture the individual taps to choose; its word is its name, aria-pressed its state. */
export function HelpToggle({ choice, isChosen, onToggle }: HelpToggleProps) {
  return (
    <button
      type="button"
      className="choice-toggle next-time__toggle"
      aria-pressed={isChosen}
      onClick={onToggle}
    >
      <ImagePicture image={choice.image} label={choice.label} colour={choice.colour} />
    </button>
  );
}
