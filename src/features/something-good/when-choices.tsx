import { useId } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { parseLocalDay } from '../../domain/local-day';
import { offeredChoices, planDates } from './plan-dates';

export interface WhenChoicesProps {
  /** The stored local date (yyyy-mm-dd), or empty while not chosen. */
  readonly plannedFor: string;
  /** The local clock now; passed in so the days are worked out in one place. */
  readonly now: Date;
  readonly onPlan: (localDate: string) => void;
}

/** "When?": today, tomorrow, the weekend, or another day from a date field. */
export function WhenChoices({ plannedFor, now, onPlan }: WhenChoicesProps) {
  const { t } = useContentTranslation('something-good');
  const headingId = useId();
  const dateId = useId();
  const dates = planDates(now);
  return (
    <section className="something-good__when" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('when.heading')}</h2>
      <div className="good-days" role="group" aria-labelledby={headingId}>
        {offeredChoices(dates).map((choice) => (
          <button
            key={choice}
            type="button"
            className="good-day"
            aria-pressed={plannedFor === dates[choice]}
            onClick={() => onPlan(dates[choice])}
          >
            {t(`when.${choice}`)}
          </button>
        ))}
        <div className="field good-days__other">
          <label className="field__label" htmlFor={dateId}>
            {t('when.other')}
          </label>
          <input
            id={dateId}
            className="field__input"
            type="date"
            min={dates.today}
            value={plannedFor}
            // Half-typed dates arrive empty or invalid: only a whole, real day is stored.
            onChange={(event) => {
              if (parseLocalDay(event.target.value)) onPlan(event.target.value);
            }}
          />
        </div>
      </div>
    </section>
  );
}
