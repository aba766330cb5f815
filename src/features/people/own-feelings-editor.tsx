import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OWN_FEELINGS_MAX } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { Picture } from '../../ui/picture';
import type { SymbolGroup } from './symbol-choices';

export interface OwnFeelingsEditorProps {
  /** The person's own feeling cards, in the order they come first. */
  readonly feelings: readonly string[];
  /** The feeling cards to choose from (the Feelings board). */
  readonly group: SymbolGroup | undefined;
  readonly onChange: (feelings: string[]) => void;
}

/**
 * The person's own feelings: the few "How did it feel?" shows first, in the order chosen here;
 * the others stay one tap away there ("More feelings"). Four to eight is the advice; no more than
 * eight can be chosen, so the first question never grows long.
 */
export function OwnFeelingsEditor({ feelings, group, onChange }: OwnFeelingsEditorProps) {
  const { t } = useTranslation('profile');
  const hintId = useId();
  const isFull = feelings.length >= OWN_FEELINGS_MAX;
  const labelOf = (id: string) => group?.choices.find((c) => c.id === id)?.label ?? id;
  const toggle = (id: string) =>
    onChange(feelings.includes(id) ? feelings.filter((f) => f !== id) : [...feelings, id]);
  return (
    <fieldset className="profile-section" aria-describedby={hintId}>
      <legend>{t('feelings.heading')}</legend>
      <p id={hintId} className="field-hint">
        {t('feelings.hint', { max: OWN_FEELINGS_MAX })}
      </p>
      <p aria-live="polite">
        {feelings.length === 0
          ? t('feelings.none')
          : t('feelings.chosen', {
              count: feelings.length,
              max: OWN_FEELINGS_MAX,
              list: feelings.map(labelOf).join(', '),
            })}
      </p>
      <ul className="symbol-picker" aria-label={t('feelings.heading')}>
        {(group?.choices ?? []).map((choice) => {
          const isChosen = feelings.includes(choice.id);
          return (
            <li key={choice.id}>
              <button
                type="button"
                className="symbol-picker__button"
                aria-pressed={isChosen}
                // At eight, the rest wait until one is taken out.
                disabled={isFull && !isChosen}
                onClick={() => toggle(choice.id)}
              >
                <Picture
                  src={symbolUrl(choice.symbol)}
                  label={choice.label}
                  colour={group?.colour}
                  size="small"
                />
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
