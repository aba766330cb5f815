import { useId } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { WAYS, type Way } from '../../domain/types';
import { ChoiceButton } from './choice-button';
import { WAY_SYMBOLS } from './welcome-symbols';

export interface WayChoicesProps {
  readonly chosen: readonly Way[];
  readonly onToggle: (way: Way) => void;
}

/** "How would you like to tell it?": several ways can be chosen; each tap toggles one. */
export function WayChoices({ chosen, onToggle }: WayChoicesProps) {
  const { t } = useContentTranslation('welcome');
  const headingId = useId();
  return (
    <section className="welcome__question" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ways.heading')}</h2>
      <p className="welcome__hint">{t('ways.hint')}</p>
      <ul className="welcome__choices">
        {WAYS.map((way) => (
          <li key={way}>
            <ChoiceButton
              symbol={WAY_SYMBOLS[way]}
              label={t(`ways.${way}`)}
              isChosen={chosen.includes(way)}
              onChoose={() => onToggle(way)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
