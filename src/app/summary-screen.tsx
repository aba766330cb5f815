/** The staff summary of one conversation, opened after Finish or from the person's page. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../lib/router';
import { SummaryView } from '../features/summary/summary-view';
import { AnswersSummary } from '../features/incidents/answers-summary';
import { IncidentLink } from '../features/incidents/incident-link';
import { nameOfInvolved } from '../features/incidents/involved';
import { SharingChoices } from '../features/meeting/sharing-choices';
import { shareableItems } from '../domain/meeting';
import { shareInMeeting } from '../storage/meeting-repo';
import { useSave } from '../storage/use-save';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { useConversation, usePeople, usePerson } from '../storage/hooks';
import { useIncident } from '../storage/use-incidents';
import { useStoriesFrom } from '../storage/use-stories';
import { NotFound } from './not-found';
import { useStoryLibrary } from './use-story-library';

export function SummaryScreen() {
  const { t } = useTranslation('summary');
  const { t: ti } = useTranslation('incident');
  const [saveProblem, save] = useSave();
  const { conversationId } = useParams();
  const conversation = useConversation(conversationId);
  const person = usePerson(conversation?.personId);
  const library = useStoryLibrary(conversation, person);
  const incident = useIncident(conversation?.incidentId ?? undefined);
  const people = usePeople();
  const stories = useStoriesFrom(conversationId);

  if (conversation === undefined || person === undefined || library === undefined) return null;
  if (conversation === null || person === null) return <NotFound message={t('notFound')} />;
  const nameOf = (involvedId: string | null) => {
    const who = incident?.involved.find((i) => i.id === involvedId);
    return who ? nameOfInvolved(who, people ?? [], '') : '';
  };
  const talker = conversation.kind === 'own' ? person.displayName : nameOf(conversation.withWho);
  return (
    <section className="screen">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('backToPerson', { name: person.displayName })}
      </Link>
      {incident ? <IncidentLink incident={incident} /> : null}
      {conversation.kind === 'affected' ? (
        <AnswersSummary
          conversation={conversation}
          name={nameOf(conversation.withWho)}
          library={library}
          language={person.language}
        />
      ) : null}
      {conversation.status === 'completed' && conversation.kind === 'own' ? (
        <p className="summary-screen__plan">
          <Link className="button" to={`/people/${person.id}/plan/update?from=${conversation.id}`}>
            {t('updatePlan')}
          </Link>{' '}
          <Link className="button" to={`/people/${person.id}/stories/new?from=${conversation.id}`}>
            {t('makeStory')}
          </Link>
        </p>
      ) : null}
      {stories && stories.length > 0 ? (
        <ul className="summary-screen__stories" aria-label={t('storiesFrom')}>
          {stories.map((story) => (
            <li key={story.id}>
              <Link to={`/stories/${story.id}`}>{t('storyFrom', { title: story.title })}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <SummaryView conversation={conversation} person={person} library={library} />
      {incident && (conversation.kind === 'own' || conversation.kind === 'affected') ? (
        <section className="panel meeting__share-panel" aria-labelledby="sharing-heading">
          <h2 id="sharing-heading">{ti('meeting.shareOnSummary.heading')}</h2>
          <SaveProblemNotice problem={saveProblem} />
          <p className="field-hint">{ti('meeting.shareOnSummary.hint', { name: talker })}</p>
          <SharingChoices
            name={talker}
            items={shareableItems(conversation)}
            shared={conversation.shared ?? []}
            onChange={(item, isOn) => save(shareInMeeting(conversation.id, item, isOn))}
          />
        </section>
      ) : null}
    </section>
  );
}
