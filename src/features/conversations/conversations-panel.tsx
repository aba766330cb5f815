import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Person } from '../../domain/types';
import { startConversation } from '../../storage/conversations-repo';
import { useConversationsOf } from '../../storage/hooks';

/** A person's conversations: start one, and every earlier one with its status. */
export function ConversationsPanel({ person }: { readonly person: Person }) {
  const { t, i18n } = useTranslation();
  const conversations = useConversationsOf(person.id);
  const navigate = useNavigate();

  async function startTogether() {
    const conversationId = await startConversation(person.id);
    await navigate(`/together/${conversationId}`);
  }

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="conversations" aria-labelledby="conversations-heading">
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void startTogether()}
        >
          {t('people.startTogether')}
        </button>
      </div>
      <h2 id="conversations-heading">{t('person.conversations')}</h2>
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
