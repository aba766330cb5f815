import { useTranslation } from 'react-i18next';
import { readinessOf, whyNotReady } from '../../domain/meeting';
import type { Conversation } from '../../domain/types';

export interface NamedParticipant {
  readonly key: string;
  readonly name: string;
}

export interface ReadyToStartProps {
  readonly meeting: Conversation;
  /** The individual first, then the others. */
  readonly people: readonly NamedParticipant[];
  readonly isReady: boolean;
  readonly onStart: () => void;
}

/** Why the meeting cannot start yet, in plain words, and "Start the meeting" once it can. */
export function ReadyToStart({ meeting, people, isReady, onStart }: ReadyToStartProps) {
  const { t } = useTranslation('incident');
  const [individual, ...others] = people;
  const reasons: string[] = [];
  if (individual && readinessOf(meeting, individual.key).agrees === 'no') {
    reasons.push(t('meeting.notReady.individualDeclined', { name: individual.name }));
  }
  for (const person of people) {
    const why = whyNotReady(readinessOf(meeting, person.key));
    if (why !== null) reasons.push(t(`meeting.notReady.${why}`, { name: person.name }));
  }
  const isSomeoneElse = others.some((p) => readinessOf(meeting, p.key).agrees === 'yes');
  if (!isSomeoneElse) reasons.push(t('meeting.notReady.nobodyElse'));
  return (
    <section className="panel meeting__ready" aria-labelledby="meeting-ready-heading">
      <h2 id="meeting-ready-heading">{isReady ? t('meeting.ready') : t('meeting.notReady.heading')}</h2>
      {isReady ? null : (
        <ul className="meeting__reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={!isReady}
        onClick={onStart}
      >
        {t('meeting.start')}
      </button>
    </section>
  );
}
