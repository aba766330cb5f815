import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Conversation, Person } from '../../domain/types';
import {
  planConversation,
  reopenConversation,
  startConversation,
} from '../../storage/conversations-repo';
import { useConversationsOf } from '../../storage/hooks';
import { ConversationItem } from './conversation-item';

/** The conversation still being planned, if any: "Start together" goes through its check. */
function plannedOf(conversations: readonly Conversation[]): Conversation | undefined {
  return conversations.find((c) => c.status === 'planned' || c.status === 'postponed');
}

/** A person's conversations: prepare one, start one, and every earlier one with its status. */
export function ConversationsPanel({ person }: { readonly person: Person }) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('prepare');
  const conversations = useConversationsOf(person.id);
  const navigate = useNavigate();

  async function prepare() {
    const id = await planConversation(person.id);
    await navigate(`/conversations/${id}/prepare`);
  }

  // Once something is prepared, readiness comes before Together (it advises, never blocks).
  async function startTogether() {
    const planned = plannedOf(conversations ?? []);
    if (planned) {
      if (planned.status === 'postponed') await reopenConversation(planned.id);
      await navigate(`/conversations/${planned.id}/ready`);
      return;
    }
    await navigate(`/together/${await startConversation(person.id)}`);
  }

  return (
    <section className="conversations" aria-labelledby="conversations-heading">
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={() => void prepare()}>
          {tp('list.prepare')}
        </button>
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
            <ConversationItem key={c.id} conversation={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
