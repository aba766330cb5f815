/**
 * A person's support plan (issue 11): the plan now (or as it stood at a version or on a day),
 * its colour bands, "Edit plan", "Update support plan", "Compare versions", the three versions
 * to share, the version history and who has seen it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from '../lib/router';
import { newId } from '../domain/ids';
import { latestVersion, planAtVersion, versionAt } from '../domain/plan';
import { DEFAULT_PLAN_BANDS } from '../domain/plan-schema';
import type { Plan } from '../domain/types';
import { BandSettings } from '../features/plan/band-settings';
import { CirculationList } from '../features/plan/circulation-list';
import { PlanEditor } from '../features/plan/plan-editor';
import { pictureOptions } from '../domain/picture-options';
import { PlanSections } from '../features/plan/plan-sections';
import { useStaffDate } from '../i18n/use-staff-date';
import { VersionHistory } from '../features/plan/version-history';
import '../features/plan/plan.css';
import { usePerson } from '../storage/hooks';
import { useLibrary } from '../storage/use-library';
import { choosePlanBands, savePlanVersion } from '../storage/plans-repo';
import { usePlan } from '../storage/use-plan';
import { useSave } from '../storage/use-save';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { NotFound } from './not-found';

const versionHref = (base: string) => (number: number) => `${base}?version=${number}`;
const summaryHref = (id: string) => `/conversations/${id}/summary`;

export function PlanScreen() {
  const { t } = useTranslation('plan');
  const { personId } = useParams();
  const person = usePerson(personId);
  const plan = usePlan(personId);
  const [search, setSearch] = useSearchParams();
  const [isEditing, setIsEditing] = useState(false);
  const [saveProblem, save] = useSave();
  const library = useLibrary(person?.language);

  if (person === undefined || plan === undefined) return null;
  if (person === null) return <NotFound message={t('notFound')} />;
  const base = `/people/${person.id}/plan`;
  const asOf = Number(search.get('version'));
  const shownVersion = plan && asOf > 0 ? plan.versions.find((v) => v.number === asOf) : undefined;
  const items = plan ? (shownVersion ? planAtVersion(plan, shownVersion.number) : plan.items) : [];
  const bands = plan?.bands ?? DEFAULT_PLAN_BANDS;
  const hasVersions = (plan?.versions.length ?? 0) > 0;

  return (
    <section className="screen plan-screen">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('backToPerson', { name: person.displayName })}
      </Link>
      <h1>{t('headingFor', { name: person.displayName })}</h1>
      <SaveProblemNotice problem={saveProblem} />
      <nav className="plan-actions" aria-label={t('actions.label')}>
        <button
          type="button"
          className="button"
          aria-pressed={isEditing}
          onClick={() => setIsEditing(!isEditing)}
        >
          {t('actions.edit')}
        </button>
        <Link className="button" to={`${base}/update`}>
          {t('actions.update')}
        </Link>
        {hasVersions ? (
          <>
            <Link className="button" to={`${base}/compare`}>
              {t('actions.compare')}
            </Link>
            <Link className="button" to={`${base}/staff`}>
              {t('actions.staff')}
            </Link>
            <Link className="button" to={`${base}/easy-read`}>
              {t('actions.easyRead')}
            </Link>
            <Link className="button" to={`${base}/family`}>
              {t('actions.family')}
            </Link>
          </>
        ) : null}
      </nav>
      {!hasVersions && !isEditing ? (
        <div className="panel">
          <p>{t('empty')}</p>
          <Link className="button button--primary" to={`${base}/update?from=profile`}>
            {t('startFromProfile')}
          </Link>
        </div>
      ) : null}
      {isEditing ? (
        <PlanEditor
          items={plan?.items ?? []}
          bands={bands}
          language={person.language}
          pictures={pictureOptions(library, person)}
          newId={newId}
          onCancel={() => setIsEditing(false)}
          onSave={(after, reason) =>
            save(savePlanVersion(person.id, after, { reason }), () => setIsEditing(false))
          }
        />
      ) : (
        <>
          {plan && hasVersions ? (
            <AsOf
              plan={plan}
              shown={shownVersion?.number ?? null}
              onShow={(number) =>
                setSearch(number === null ? {} : { version: String(number) }, { replace: true })
              }
            />
          ) : null}
          {hasVersions ? (
            <PlanSections items={items} bands={bands} language={person.language} />
          ) : null}
        </>
      )}
      <BandSettings bands={bands} onChange={(next) => save(choosePlanBands(person.id, next))} />
      {plan ? (
        <>
          <VersionHistory
            versions={plan.versions}
            showHref={versionHref(base)}
            conversationHref={summaryHref}
          />
          <CirculationList plan={plan} />
        </>
      ) : null}
    </section>
  );
}

/** Which version is shown: "as it stood" at a version or on a day, or the plan now. */
function AsOf({
  plan,
  shown,
  onShow,
}: {
  readonly plan: Plan;
  readonly shown: number | null;
  readonly onShow: (number: number | null) => void;
}) {
  const { t } = useTranslation('plan');
  const date = useStaffDate();
  const [isNoneOnDay, setIsNoneOnDay] = useState(false);
  const shownVersion = plan.versions.find((v) => v.number === shown);
  const latest = latestVersion(plan);
  return (
    <div className="plan-as-of">
      {shownVersion && shownVersion.number !== latest?.number ? (
        <p className="notice" role="status">
          {t('asOf.showing', { number: shownVersion.number, date: date(shownVersion.at) })}{' '}
          <button type="button" className="button" onClick={() => onShow(null)}>
            {t('asOf.showLatest')}
          </button>
        </p>
      ) : null}
      <label className="plan-as-of__day">
        {t('asOf.onDay')}{' '}
        <input
          type="date"
          onChange={(e) => {
            const day = e.target.valueAsNumber;
            if (Number.isNaN(day)) return;
            // The whole day counts: the last version saved before the next day began.
            const endOfDay = new Date(e.target.value + 'T23:59:59.999').getTime();
            const version = versionAt(plan, endOfDay);
            setIsNoneOnDay(version === null);
            onShow(version?.number ?? null);
          }}
        />
      </label>
      {isNoneOnDay ? <p className="notice">{t('asOf.noneYet')}</p> : null}
    </div>
  );
}
