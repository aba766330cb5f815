/** "Are we ready?" for a planned conversation; starting goes into Together. */
import { useTranslation } from 'react-i18next';
import { NotFound } from './not-found';
import { Link, useNavigate, useParams } from 'react-router';
import { ReadinessCheck } from '../features/readiness/readiness-check';
import {
  answerReadiness,
  beginConversation,
  postponeConversation,
} from '../storage/conversations-repo';
import { useConversation, usePerson } from '../storage/hooks';

export function ReadinessScreen() {
  const { t } = useTranslation('prepare');
  const { conversationId } = useParams();
  const conversation = useConversation(conversationId);
  const person = usePerson(conversation?.personId);
  const navigate = useNavigate();

  if (conversation === undefined || person === undefined) return null;
  if (conversation === null || person === null) {
    return <NotFound message={t('notFound')} />;
  }
  const id = conversation.id;
  return (
    <section className="screen">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('backToPerson', { name: person.displayName })}
      </Link>
      <h1>{t('ready.heading')}</h1>
      <ReadinessCheck
        personName={person.displayName}
        answers={conversation.readiness}
        onAnswer={(item, answer) => void answerReadiness(id, item, answer)}
        onPostpone={(date) =>
          void postponeConversation(id, date).then(() => navigate(`/people/${person.id}`))
        }
        onStart={() => void beginConversation(id).then(() => navigate(`/together/${id}`))}
      />
    </section>
  );
}
