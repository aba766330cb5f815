/** A person's page: composes their profile summary, their conversations and what was agreed. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFound } from './not-found';
import { Link, useParams } from 'react-router';
import { ConversationsPanel } from '../features/conversations/conversations-panel';
import { PositiveActivitiesPanel } from '../features/conversations/positive-activities-panel';
import { PersonSummary } from '../features/people/person-summary';
import { usePerson } from '../storage/hooks';

// Incidents load with their words after the page shows, so the first screen stays small.
const PlanPanel = lazy(() =>
  import('../features/plan/plan-panel').then((m) => ({ default: m.PlanPanel })),
);
const StoryPanel = lazy(() =>
  import('../features/stories/story-panel').then((m) => ({ default: m.StoryPanel })),
);
const IncidentsPanel = lazy(() =>
  import('../features/incidents/incidents-panel').then((m) => ({ default: m.IncidentsPanel })),
);

export function PersonScreen() {
  const { t } = useTranslation();
  const { personId } = useParams();
  const person = usePerson(personId);

  if (person === undefined) return null;
  if (person === null) {
    return <NotFound message={t('person.notFound')} />;
  }
  return (
    <section className="screen">
      <Link className="back-link" to="/">
        {t('person.backToPeople')}
      </Link>
      <PersonSummary person={person} />
      <ConversationsPanel person={person} />
      <Suspense fallback={null}>
        <PlanPanel personId={person.id} />
        <StoryPanel person={person} />
        <IncidentsPanel personId={person.id} />
      </Suspense>
      <PositiveActivitiesPanel person={person} />
    </section>
  );
}
