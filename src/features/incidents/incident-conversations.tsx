import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import type { Conversation, Involved } from '../../domain/types';

export interface IncidentConversationsProps {
  readonly conversations: readonly Conversation[];
  readonly involved: readonly Involved[];
  readonly personName: string;
  readonly nameOf: (involved: Involved) => string;
  readonly onPrepare: () => void;
  readonly onTalk: (involvedId: string) => void;
  /** "Plan a meeting together": offered once someone other than a colleague is involved. */
  readonly onMeeting: () => void;
}

/** Where a conversation of an incident opens, by its kind and status. */
function pathOf(c: Conversation): string {
  if (c.kind === 'debrief') return `/conversations/${c.id}/debrief`;
  if (c.kind === 'meeting') return `/conversations/${c.id}/meeting`;
  if (c.status === 'completed') return `/conversations/${c.id}/summary`;
  if (c.status === 'in-progress') return `/together/${c.id}`;
  return c.status === 'planned' ? `/conversations/${c.id}/prepare` : `/conversations/${c.id}/ready`;
}

/**
 * The incident's conversations — the individual's own, talks with those affected, colleagues'
 * debriefs, the meeting together — each linking on, with "Prepare a conversation", "Talk with
 * someone affected" and "Plan a meeting together".
 */
export function IncidentConversations(props: IncidentConversationsProps) {
  const { conversations, involved, personName, nameOf, onPrepare, onTalk, onMeeting } = props;
  const { t } = useTranslation('incident');
  const [isChoosing, setChoosing] = useState(false);
  const canMeet = involved.some((i) => i.kind !== 'colleague');
  const whoOf = (c: Conversation) => {
    const entry = involved.find((i) => i.id === c.withWho);
    return c.kind === 'own' ? personName : entry ? nameOf(entry) : t('conversations.someone');
  };
  return (
    <section className="panel incident-conversations" aria-labelledby="incident-talks-heading">
      <h2 id="incident-talks-heading">{t('conversations.heading')}</h2>
      {conversations.length === 0 ? (
        <p className="empty">{t('conversations.none')}</p>
      ) : (
        <ul className="incident-conversations__list">
          {conversations.map((c) => {
            const what = t(`conversations.kinds.${c.kind}`, { name: whoOf(c) });
            return (
              <li key={c.id} className="incident-conversations__item">
                <span>{what}</span>
                <span className="conversation-list__status">
                  {t(`person.status.${c.status}`, { ns: 'common' })}
                </span>
                <Link
                  className="button"
                  to={pathOf(c)}
                  aria-label={t('conversations.openNamed', { what })}
                >
                  {t('conversations.open')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={onPrepare}>
          {t('conversations.prepare')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={isChoosing}
          onClick={() => setChoosing((open) => !open)}
        >
          {t('conversations.talk')}
        </button>
        {canMeet ? (
          <button type="button" className="button button--quiet" onClick={onMeeting}>
            {t('conversations.meeting')}
          </button>
        ) : null}
      </div>
      {isChoosing ? (
        <div className="talk-chooser" role="group" aria-label={t('conversations.chooseWho')}>
          <p>{t('conversations.chooseWho')}</p>
          {involved.length === 0 ? <p className="empty">{t('conversations.nobodyYet')}</p> : null}
          {involved.map((entry) => (
            <div key={entry.id}>
              <button type="button" className="button" onClick={() => onTalk(entry.id)}>
                {entry.kind === 'colleague'
                  ? t('conversations.debriefWith', { name: nameOf(entry) })
                  : t('conversations.talkWith', { name: nameOf(entry) })}
              </button>
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
