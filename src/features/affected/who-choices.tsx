import { useContentTranslation } from '../../i18n/content-language';
import type { AffectedWho } from '../../domain/types';
import { whoKey } from './candidates';
import type { WhoLookOf } from './who-look';
import { WhoToggle } from './who-toggle';

export interface WhoChoicesProps {
  readonly candidates: readonly AffectedWho[];
  readonly lookOf: WhoLookOf;
  readonly isMarked: (who: AffectedWho) => boolean;
  readonly onToggle: (who: AffectedWho) => void;
}

/** "Who was there?": the individual first, then everyone else offered, as toggles. */
export function WhoChoices({ candidates, lookOf, isMarked, onToggle }: WhoChoicesProps) {
  const { t } = useContentTranslation('affected');
  return (
    <section className="affected__block" aria-labelledby="affected-who-heading">
      <h2 id="affected-who-heading">{t('who.heading')}</h2>
      <p className="affected__hint">{t('who.hint')}</p>
      <ul data-scan-group="" className="affected__grid" aria-labelledby="affected-who-heading">
        {candidates.map((who) => (
          <li key={whoKey(who)}>
            <WhoToggle
              look={lookOf(who)}
              size="large"
              isMarked={isMarked(who)}
              onToggle={() => onToggle(who)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
