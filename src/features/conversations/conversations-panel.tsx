import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../lib/router';
import type { Person } from '../../domain/types';
import {
  discardPreparedConversation,
  planConversation,
  reopenConversation,
  startOrContinueTogether,
} from '../../storage/conversations-repo';
import { useConversationsOf } from '../../storage/hooks';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { ConversationItem } from './conversation-item';

/** A person's conversations: prepare one, start one, and every earlier one with its status. */
export function ConversationsPanel({ person }: { readonly person: Person }) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('prepare');
  const conversations = useConversationsOf(person.id);
  const navigate = useNavigate();
  const [saveProblem, save] = useSave();
  /** Stores a new or changed conversation, then goes to where it continues. */
  const saveThenGo = (write: Promise<string>, path: (id: string) => string) =>
    save(write, () => void write.then((id) => navigate(path(id))));

  const prepare = () =>
    saveThenGo(planConversation(person.id), (id) => `/conversations/${id}/prepare`);
  const reopen = (id: string) =>
    saveThenGo(
      reopenConversation(id).then(() => id),
      () => `/conversations/${id}/ready`,
    );

  // The one way in (as on the People list): once something is prepared, readiness comes before
  // Together (it advises, never blocks); otherwise a new conversation opens in Together.
  function begin() {
    const write = startOrContinueTogether(person.id);
    save(
      write,
      () =>
        void write.then(({ conversationId: id, next }) =>
          navigate(next === 'ready' ? `/conversations/${id}/ready` : `/together/${id}`),
        ),
    );
  }

  return (
    <section className="conversations" aria-labelledby="conversations-heading">
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={prepare}>
          {tp('list.prepare')}
        </button>
        <button type="button" className="button button--primary" onClick={begin}>
          {t('people.startTogether')}
        </button>
      </div>
      <SaveProblemNotice problem={saveProblem} />
      <h2 id="conversations-heading">{t('person.conversations')}</h2>
      {conversations === undefined ? null : conversations.length === 0 ? (
        <p className="empty">{t('person.noConversations')}</p>
      ) : (
        <ul className="conversation-list">
          {conversations.map((c) => (
            <ConversationItem
              key={c.id}
              conversation={c}
              onReopen={reopen}
              onDiscard={discardPreparedConversation}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
