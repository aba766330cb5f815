/** "Are we ready?" for a planned conversation; starting goes into Together. */
import { useTranslation } from 'react-i18next';
import { NotFound } from './not-found';
import { Link, useNavigate, useParams } from '../lib/router';
import { ReadinessCheck } from '../features/readiness/readiness-check';
import {
  answerReadiness,
  beginTogether,
  postponeConversation,
} from '../storage/conversations-repo';
import { useConversation, usePerson } from '../storage/hooks';
import { useStaffPin } from '../storage/pin-repo';
import { useSave } from '../storage/use-save';
import { SaveProblemNotice } from '../ui/save-problem-notice';

export function ReadinessScreen() {
  const { t } = useTranslation('prepare');
  const { conversationId } = useParams();
  const conversation = useConversation(conversationId);
  const person = usePerson(conversation?.personId);
  const navigate = useNavigate();
  const [saveProblem, save] = useSave();
  const pin = useStaffPin();

  if (conversation === undefined || person === undefined) return null;
  if (conversation === null || person === null) {
    return <NotFound message={t('notFound')} />;
  }
  const id = conversation.id;
  // "Start together" begins the conversation and opens Together in one write (beginTogether).
  return (
    <section className="screen">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('backToPerson', { name: person.displayName })}
      </Link>
      <h1>{t('ready.heading')}</h1>
      {pin === null ? <p className="field-hint">{t('ready.pinFirst')}</p> : null}
      <ReadinessCheck
        personName={person.displayName}
        answers={conversation.readiness}
        onAnswer={(item, answer) => {
          const write = answerReadiness(id, item, answer);
          save(write);
          return write;
        }}
        onPostpone={(date) =>
          save(postponeConversation(id, date), () => navigate(`/people/${person.id}`))
        }
        onStart={() => save(beginTogether(id), () => navigate(`/together/${id}`))}
      />
      <SaveProblemNotice problem={saveProblem} />
    </section>
  );
}
