/**
 * The support plan on a person's page: "Support plan" opens it; the latest version's date, and
 * a line for each audience whose copy is older than the plan now. Loaded after the page shows.
 */
import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import { latestVersion } from '../../domain/plan';
import { usePlan } from '../../storage/use-plan';
import { ChangedSince } from './circulation-list';
import { useStaffDate } from '../../i18n/use-staff-date';
import './plan.css';

export function PlanPanel({ personId }: { readonly personId: string }) {
  const { t } = useTranslation('plan');
  const plan = usePlan(personId);
  const date = useStaffDate();
  if (plan === undefined) return null;
  const latest = plan ? latestVersion(plan) : null;
  return (
    <section className="panel plan-panel" aria-labelledby="plan-panel-heading">
      <div className="panel__top">
        <h2 id="plan-panel-heading">{t('panel.heading')}</h2>
        <Link className="button" to={`/people/${personId}/plan`}>
          {t('panel.open')}
        </Link>
      </div>
      <p>
        {latest
          ? t('panel.version', { number: latest.number, date: date(latest.at) })
          : t('panel.none')}
      </p>
      {plan ? <ChangedSince plan={plan} /> : null}
    </section>
  );
}
