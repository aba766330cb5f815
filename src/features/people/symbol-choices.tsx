import { symbolUrl } from '../../lib/symbols';
import { Picture } from '../../ui/picture';

/** A symbol someone can pick, with its word in the staff's language. */
export interface SymbolChoice {
  readonly id: string;
  readonly label: string;
  readonly symbol: string;
}

/** A board of symbols to pick from (People, Activities…). */
export interface SymbolGroup {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  readonly choices: readonly SymbolChoice[];
}

export interface SymbolChoicesProps {
  readonly label: string;
  readonly group: SymbolGroup;
  readonly selected: string | null;
  readonly onChoose: (choice: SymbolChoice) => void;
}

/** A grid of symbol buttons; the chosen one shows as pressed. */
export function SymbolChoices({ label, group, selected, onChoose }: SymbolChoicesProps) {
  return (
    <ul className="symbol-picker" aria-label={label}>
      {group.choices.map((choice) => (
        <li key={choice.id}>
          <button
            type="button"
            className="symbol-picker__button"
            aria-pressed={selected === choice.symbol}
            onClick={() => onChoose(choice)}
          >
            <Picture
              src={symbolUrl(choice.symbol)}
              label={choice.label}
              colour={group.colour}
              size="small"
            />
          </button>
        </li>
      ))}
    </ul>
  );
}
