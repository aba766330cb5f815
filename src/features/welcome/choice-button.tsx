import { symbolUrl } from '../../lib/symbols';
import { Picture } from '../../ui/picture';

export interface ChoiceButtonProps {
  readonly symbol: string;
  /** The visible word, and so the button's name. */
  readonly label: string;
  readonly isChosen: boolean;
  readonly onChoose: () => void;
}

/** A big picture the individual taps to choose; aria-pressed tells whether it is chosen. */
export function ChoiceButton({ symbol, label, isChosen, onChoose }: ChoiceButtonProps) {
  return (
    <button
      type="button"
      className="choice-toggle welcome-choice"
      aria-pressed={isChosen}
      onClick={onChoose}
    >
      <Picture src={symbolUrl(symbol)} label={label} size="large" />
    </button>
  );
}
