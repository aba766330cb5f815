import { useContentTranslation } from '../../i18n/content-language';

/** Named colours, so each swatch has a word; stored as #rrggbb. */
export const FEELING_COLOURS = [
  { name: 'red', hex: '#d62828' },
  { name: 'orange', hex: '#f77f00' },
  { name: 'yellow', hex: '#f6c744' },
  { name: 'green', hex: '#2a9d4f' },
  { name: 'blue', hex: '#277da1' },
  { name: 'purple', hex: '#7b2cbf' },
  { name: 'pink', hex: '#ef6fb1' },
  { name: 'grey', hex: '#6c757d' },
] as const;

export interface ColourChoiceProps {
  readonly colour: string | null;
  /** Called with the colour tapped; the step decides that tapping the chosen one clears it. */
  readonly onChoose: (colour: string) => void;
}

/** The colours, shown under "Add more" → "Colour" (which names them). */
export function ColourChoice({ colour, onChoose }: ColourChoiceProps) {
  const { t } = useContentTranslation('feelings');
  const chosen = colour?.toLowerCase();
  return (
    <div className="feelings__extra">
      <ul className="feelings__swatches" aria-label={t('colour.heading')}>
        {FEELING_COLOURS.map(({ name, hex }) => (
          <li key={name}>
            <button
              type="button"
              className="choice-tick feelings__swatch"
              aria-pressed={chosen === hex}
              onClick={() => onChoose(hex)}
            >
              <span
                className="feelings__swatch-colour"
                style={{ backgroundColor: hex }}
                aria-hidden="true"
              />
              <span>{t(`colour.${name}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
