/** "Compare versions" (issue 11): any two versions, per section: added, removed, changed. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from '../lib/router';
import { compareItems, planAtVersion } from '../domain/plan';
import type { PlanVersion } from '../domain/types';
import { CompareView } from '../features/plan/compare-view';
import { useStaffDate } from '../i18n/use-staff-date';
import '../features/plan/plan.css';
import { usePerson } from '../storage/hooks';
import { usePlan } from '../storage/use-plan';
import { NotFound } from './not-found';

export function PlanCompareScreen() {
  const { t } = useTranslation('plan');
  const { personId } = useParams();
  const person = usePerson(personId);
  const plan = usePlan(personId);
  const [search, setSearch] = useSearchParams();
  const date = useStaffDate();
  const fromId = useId();
  const toId = useId();

  if (person === undefined || plan === undefined) return null;
  if (person === null) return <NotFound message={t('notFound')} />;
  const versions = plan?.versions ?? [];
  const latest = versions.length;
  // Version 0 is "no plan yet", so the first version can be compared with nothing.
  const pick = (name: string, fallback: number) => {
    const value = search.get(name);
    const n = Number(value);
    return value !== null && Number.isInteger(n) && n >= 0 && n <= latest ? n : fallback;
  };
  const to = pick('to', latest);
  const from = pick('from', Math.max(0, to - 1));
  const choose = (name: 'from' | 'to', value: string) =>
    setSearch({ from: String(from), to: String(to), [name]: value }, { replace: true });
  const option = (v: PlanVersion) => (
    <option key={v.id} value={v.number}>
      {t('compare.option', { number: v.number, date: date(v.at) })}
    </option>
  );
  return (
    <section className="screen plan-screen">
      <Link className="back-link" to={`/people/${person.id}/plan`}>
        {t('backToPlan')}
      </Link>
      <h1>{t('compare.heading')}</h1>
      {latest < 1 || !plan ? (
        <p className="empty">{t('compare.needTwo')}</p>
      ) : (
        <>
          <div className="plan-compare__pick">
            <label htmlFor={fromId}>{t('compare.from')}</label>
            <select id={fromId} value={from} onChange={(e) => choose('from', e.target.value)}>
              <option value={0}>{t('compare.nothing')}</option>
              {versions.map(option)}
            </select>
            <label htmlFor={toId}>{t('compare.to')}</label>
            <select id={toId} value={to} onChange={(e) => choose('to', e.target.value)}>
              <option value={0}>{t('compare.nothing')}</option>
              {versions.map(option)}
            </select>
          </div>
          <CompareView
            comparison={compareItems(planAtVersion(plan, from), planAtVersion(plan, to))}
            language={person.language}
          />
        </>
      )}
    </section>
  );
}
