import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import type { Conversation } from '../../domain/types';
import { DiscardConversation } from './discard-conversation';

/** Formats a stored local date or date-time ("2026-11-24" or "2026-11-24T10:30") for people. */
function formatLocal(value: string, language: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions =
    value.length === 10 ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(language, options).format(date);
}

export interface ConversationItemProps {
  readonly conversation: Conversation;
  /** Brings a postponed conversation back to "Are we ready?". */
  readonly onReopen: (conversationId: string) => void;
  /** Discards a prepared conversation that was never held. */
  readonly onDiscard: (conversationId: string) => Promise<void>;
}

/** One conversation in a person's list: its status, its dates and what can be done next. */
export function ConversationItem({ conversation: c, onReopen, onDiscard }: ConversationItemProps) {
  const { t, i18n } = useTranslation();
  const { t: tp } = useTranslation('prepare');
  const created = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(c.startedAt ?? c.createdAt);
  // A conversation prepared but not begun has not started: it says when it was prepared.
  const when = t(c.startedAt === null ? 'person.prepared' : 'person.started', { date: created });
  const incidentAt = c.preparation?.incidentAt ?? '';
  return (
    <li className="conversation-list__item" aria-label={when}>
      <span className="conversation-list__status">{t(`person.status.${c.status}`)}</span>
      <span>{when}</span>
      {incidentAt ? (
        <span>{tp('list.incidentOn', { date: formatLocal(incidentAt, i18n.language) })}</span>
      ) : null}
      {c.status === 'postponed' && c.rescheduledFor ? (
        <span>{tp('list.planFor', { date: formatLocal(c.rescheduledFor, i18n.language) })}</span>
      ) : null}
      {c.kind === 'own' ? null : <span>{t(`person.kinds.${c.kind}`)}</span>}
      {c.startedAt !== null && (c.kind === 'own' || c.kind === 'affected') ? (
        <span>{t('person.steps', { count: c.story.length })}</span>
      ) : null}
      {c.incidentId !== null ? (
        <Link className="button button--quiet" to={`/incidents/${c.incidentId}`}>
          {t('person.partOfIncident')}
        </Link>
      ) : null}
      <span className="conversation-list__actions">
        {c.kind === 'debrief' || c.kind === 'meeting' ? (
          <Link className="button" to={`/conversations/${c.id}/${c.kind}`}>
            {t('person.resume')}
          </Link>
        ) : c.status === 'in-progress' ? (
          <Link className="button" to={`/together/${c.id}`}>
            {t('person.resume')}
          </Link>
        ) : null}
        {c.status === 'planned' && c.kind !== 'meeting' ? (
          <>
            <Link className="button button--quiet" to={`/conversations/${c.id}/prepare`}>
              {tp('list.carryOnPreparing')}
            </Link>
            <Link className="button" to={`/conversations/${c.id}/ready`}>
              {tp('list.checkReady')}
            </Link>
          </>
        ) : null}
        {c.status === 'completed' && (c.kind === 'own' || c.kind === 'affected') ? (
          // Several conversations each have a summary: the full name tells them apart and
          // starts with the visible word, so speech control still finds "Summary".
          <Link
            className="button"
            to={`/conversations/${c.id}/summary`}
            aria-label={t('person.summaryOf', { date: created })}
          >
            {t('person.summary')}
          </Link>
        ) : null}
        {c.status === 'postponed' ? (
          <button type="button" className="button" onClick={() => onReopen(c.id)}>
            {tp('list.reopen')}
          </button>
        ) : null}
        {(c.status === 'planned' || c.status === 'postponed') && c.startedAt === null ? (
          <DiscardConversation onDiscard={() => onDiscard(c.id)} />
        ) : null}
      </span>
    </li>
  );
}
