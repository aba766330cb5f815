/** The staff summary of one conversation, opened after Finish or from the person's page. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SummaryView } from '../features/summary/summary-view';
import { IncidentLink } from '../features/incidents/incident-link';
import { useConversation, useIncident, usePerson } from '../storage/hooks';
import { NotFound } from './not-found';
import { useStoryLibrary } from './use-story-library';

export function SummaryScreen() {
  const { t } = useTranslation('summary');
  const { conversationId } = useParams();
  const conversation = useConversation(conversationId);
  const person = usePerson(conversation?.personId);
  const library = useStoryLibrary(conversation, person);
  const incident = useIncident(conversation?.incidentId ?? undefined);

  if (conversation === undefined || person === undefined || library === undefined) return null;
  if (conversation === null || person === null) return <NotFound message={t('notFound')} />;
  return (
    <section className="screen">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('backToPerson', { name: person.displayName })}
      </Link>
      {incident ? <IncidentLink incident={incident} /> : null}
      <SummaryView conversation={conversation} person={person} library={library} />
    </section>
  );
}
