/** A person's page: composes their profile summary, their conversations and what was agreed. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFound } from './not-found';
import { Link, useParams } from '../lib/router';
import { ConversationsPanel } from '../features/conversations/conversations-panel';
import { PositiveActivitiesPanel } from '../features/conversations/positive-activities-panel';
import { PersonSummary } from '../features/people/person-summary';
import { usePerson } from '../storage/hooks';
import { FALLBACK_LANGUAGE } from '../domain/labels';
import { preloadTogether } from './preload-together';
import { ReadAheadStoryPictures } from './read-ahead-pictures';

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

/** How long after a person's page shows that Together's code and the person's words are read. */
const TOGETHER_AFTER_MS = 300;

export function PersonScreen() {
  const { t } = useTranslation();
  const { personId } = useParams();
  const person = usePerson(personId);
  // "Carry on" and "Start" lead to Together: it opens without waiting for its code, its words or
  // the pictures it shows first.
  const language = person?.language;
  const [isReadingAhead, setReadingAhead] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => {
      preloadTogether(language ?? FALLBACK_LANGUAGE);
      setReadingAhead(true);
    }, TOGETHER_AFTER_MS);
    return () => clearTimeout(timer);
  }, [language]);

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
      {/* The activities show with the panels above them, not before: a box to tick never moves
          down under a finger as those panels' code arrives. */}
      <Suspense fallback={null}>
        <PlanPanel personId={person.id} />
        <StoryPanel person={person} />
        <IncidentsPanel personId={person.id} />
        <PositiveActivitiesPanel person={person} />
      </Suspense>
      {isReadingAhead ? <ReadAheadStoryPictures person={person} /> : null}
    </section>
  );
}
