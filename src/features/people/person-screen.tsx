import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { startConversation } from '../../storage/conversations-repo';
import { useConversationsOf, usePerson } from '../../storage/hooks';

export function PersonScreen() {
  const { t, i18n } = useTranslation();
  const { personId } = useParams();
  const person = usePerson(personId);
  const conversations = useConversationsOf(personId);
  const navigate = useNavigate();

  if (person === undefined) return null;
  if (person === null) {
    return (
      <section className="screen">
        <h1>{t('person.notFound')}</h1>
        <Link to="/">{t('person.backToPeople')}</Link>
      </section>
    );
  }

  async function startTogether(personId: string) {
    const conversationId = await startConversation(personId);
    await navigate(`/together/${conversationId}`);
  }

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="screen">
      <Link className="back-link" to="/">
        {t('person.backToPeople')}
      </Link>
      <h1>{person.displayName}</h1>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void startTogether(person.id)}
        >
          {t('people.startTogether')}
        </button>
      </div>
      <h2>{t('person.conversations')}</h2>
      {conversations === undefined ? null : conversations.length === 0 ? (
        <p className="empty">{t('person.noConversations')}</p>
      ) : (
        <ul className="conversation-list">
          {conversations.map((c) => (
            <li key={c.id} className="conversation-list__item">
              <span>{t('person.started', { date: date.format(c.createdAt) })}</span>
              <span>{t(`person.status.${c.status}`)}</span>
              <span>{t('person.steps', { count: c.story.length })}</span>
              {c.status === 'in-progress' ? (
                <Link className="button" to={`/together/${c.id}`}>
                  {t('person.resume')}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
