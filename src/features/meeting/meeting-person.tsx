import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessChange } from '../../domain/meeting';
import {
  GANGED_UP_ANSWERS,
  MEETING_AGREES,
  type Conversation,
  type MeetingPerson as Readiness,
} from '../../domain/types';
import './meeting.css';

export interface MeetingPersonProps {
  readonly name: string;
  readonly readiness: Readiness;
  /** Their own talk in the incident, or null when there is none yet. */
  readonly talk: Conversation | null;
  readonly onAnswer: (change: ReadinessChange) => void;
  /** What they agree to share (SharingChoices), under their answers. */
  readonly children?: ReactNode;
}

/** The answer that lets the meeting go ahead is outlined calmly; the others as "waiting". */
const pillClass = (isGoAhead: boolean) => `answer-pill${isGoAhead ? '' : ' answer-pill--not-yet'}`;

function TalkStatus({ name, talk }: { readonly name: string; readonly talk: Conversation | null }) {
  const { t, i18n } = useTranslation('incident');
  if (!talk) return <p className="field-hint">{t('meeting.talk.none', { name })}</p>;
  if (talk.status !== 'completed' || talk.completedAt === null) {
    return <p className="field-hint">{t('meeting.talk.open', { name })}</p>;
  }
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
    talk.completedAt,
  );
  return <p className="field-hint">{t('meeting.talk.done', { name, date })}</p>;
}

/**
 * One person's readiness for a meeting together, asked of them on their own: do they agree to
 * meet, and could it feel like being ganged up against; each answer is recorded with when and
 * by whom. Staff-only.
 */
export function MeetingPerson({ name, readiness, talk, onAnswer, children }: MeetingPersonProps) {
  const { t, i18n } = useTranslation('incident');
  const headingId = `meeting-person-${talk?.id ?? name}`;
  const recorded =
    readiness.at === null
      ? null
      : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          readiness.at,
        );
  const isWorried = readiness.gangedUp === 'yes' || readiness.gangedUp === 'unsure';
  return (
    <section className="panel meeting__person" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <TalkStatus name={name} talk={talk} />
      <fieldset className="meeting__question">
        <legend>{t('meeting.agrees.question', { name })}</legend>
        <div className="answer-pills">
          {MEETING_AGREES.map((answer) => (
            <label key={answer} className={pillClass(answer === 'yes')}>
              <input
                type="radio"
                name={`${headingId}-agrees`}
                checked={readiness.agrees === answer}
                onChange={() => onAnswer({ agrees: answer })}
              />
              <span>{t(`meeting.agrees.${answer}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {readiness.agrees === 'yes' ? (
        <fieldset className="meeting__question">
          <legend>{t('meeting.gangedUp.question', { name })}</legend>
          <p className="field-hint">{t('meeting.gangedUp.hint', { name })}</p>
          <div className="answer-pills">
            {GANGED_UP_ANSWERS.map((answer) => (
              <label key={answer} className={pillClass(answer === 'no')}>
                <input
                  type="radio"
                  name={`${headingId}-ganged-up`}
                  checked={readiness.gangedUp === answer}
                  onChange={() => onAnswer({ gangedUp: answer })}
                />
                <span>{t(`meeting.gangedUp.${answer}`)}</span>
              </label>
            ))}
          </div>
          {isWorried ? <p className="meeting__advice">{t('meeting.gangedUp.advice')}</p> : null}
        </fieldset>
      ) : null}
      {recorded === null ? null : (
        <p className="field-hint">
          {readiness.actor
            ? t('meeting.recorded', { date: recorded, actor: readiness.actor })
            : t('meeting.recordedNoName', { date: recorded })}
        </p>
      )}
      {children}
    </section>
  );
}
