/** "Who has seen it": each time a version was printed or shared, for whom, when and by whom. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sharedWith } from '../../domain/plan';
import type { Plan } from '../../domain/types';
import { useStaffDate } from '../../i18n/use-staff-date';

export function CirculationList({ plan }: { readonly plan: Plan }) {
  const { t } = useTranslation('plan');
  const date = useStaffDate();
  const headingId = useId();
  return (
    <section className="panel plan-circulation" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('circulation.heading')}</h2>
      <ChangedSince plan={plan} />
      {plan.circulation.length === 0 ? (
        <p className="empty">{t('circulation.none')}</p>
      ) : (
        <ul className="plan-circulation__list">
          {[...plan.circulation].reverse().map((s) => (
            <li key={s.id}>
              {t('circulation.line', {
                output: t(`actions.${s.output}`),
                number: s.versionNumber,
                audience: t(`circulation.audiences.${s.audience}`),
                how: t(`circulation.how.${s.how}`),
                date: date(s.at),
                who: s.actor || t('history.someone'),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One line per audience the plan went to whose copy is older than the plan now. */
export function ChangedSince({ plan }: { readonly plan: Plan }) {
  const { t } = useTranslation('plan');
  const date = useStaffDate();
  const changed = sharedWith(plan).filter((s) => s.isChangedSince);
  if (changed.length === 0) return null;
  return (
    <ul className="plan-changed-since">
      {changed.map((s) => (
        <li key={s.audience} className="notice">
          {t('panel.changedSince', {
            audience: t(`circulation.audiences.${s.audience}`),
            number: s.last.versionNumber,
            date: date(s.last.at),
          })}
        </li>
      ))}
    </ul>
  );
}
