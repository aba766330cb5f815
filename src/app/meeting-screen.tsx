/**
 * A meeting together (issue 13, point 3). Before it, staff record each person's readiness (asked
 * on their own) and what each agrees to share; "Start the meeting" waits until everyone is ready.
 * In the meeting the tablet shows only what each person agreed to share, in pictures and words,
 * and what everyone agrees together. Nothing staff-only shows there: no incident details, no
 * safeguarding, no notes, no colleague's debrief.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../lib/router';
import {
  isEveryoneReady,
  meetingOf,
  meetingParticipants,
  meetingWith,
  readinessOf,
  shareableItems,
  type Participant,
} from '../domain/meeting';
import type { Conversation } from '../domain/types';
import { nameOfInvolved } from '../features/incidents/involved';
import { MeetingPerson } from '../features/meeting/meeting-person';
import { ReadyToStart } from '../features/meeting/not-ready';
import { SharingChoices } from '../features/meeting/sharing-choices';
import { listOfWords } from '../i18n/list-words';
import { useConversation, usePeople, usePerson } from '../storage/hooks';
import { useLibrary } from '../storage/use-library';
import {
  agreeTogether,
  endMeeting,
  saveMeetingReadiness,
  shareInMeeting,
  startMeeting,
  stopMeetingForNow,
} from '../storage/meeting-repo';
import { useConversationsOfIncident, useIncident } from '../storage/use-incidents';
import { useSave } from '../storage/use-save';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { AgreedTogether, InMeeting } from './meeting-shared';
import { NotFound } from './not-found';

interface FinishedProps {
  readonly meeting: Conversation;
  readonly participants: readonly Participant[];
  readonly nameOf: (p: Participant) => string;
  readonly language: string;
}

function Finished({ meeting, participants, nameOf, language }: FinishedProps) {
  const { t, i18n } = useTranslation('incident');
  const library = useLibrary(language);
  const format = (time: number, timeStyle?: 'short') =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle }).format(time);
  if (library === undefined) return null;
  return (
    <>
      {meeting.completedAt === null ? null : (
        <p className="lead">{t('meeting.finished', { date: format(meeting.completedAt) })}</p>
      )}
      <AgreedTogether agreed={meetingOf(meeting).agreed} library={library} language={language} />
      <section className="panel meeting__shared" aria-labelledby="meeting-who-agreed">
        <h2 id="meeting-who-agreed">{t('meeting.whoAgreed')}</h2>
        <ul>
          {participants.map((p) => {
            const readiness = readinessOf(meeting, p.key);
            const answer = readiness.agrees ? t(`meeting.agrees.${readiness.agrees}`) : '—';
            const when = readiness.at === null ? '' : format(readiness.at, 'short');
            const recorded = readiness.actor
              ? t('meeting.recorded', { date: when, actor: readiness.actor })
              : when && t('meeting.recordedNoName', { date: when });
            return <li key={p.key}>{`${nameOf(p)}: ${answer}. ${recorded}`.trim()}</li>;
          })}
        </ul>
      </section>
    </>
  );
}

export function MeetingScreen() {
  const { t, i18n } = useTranslation('incident');
  const { conversationId } = useParams();
  const meeting = useConversation(conversationId);
  const incidentId = meeting?.incidentId ?? undefined;
  const incident = useIncident(incidentId);
  const person = usePerson(meeting?.personId);
  const people = usePeople();
  const talks = useConversationsOfIncident(incidentId);
  const [saveProblem, save] = useSave();

  const isLoading = [meeting, incident, person, people, talks].includes(undefined);
  if (isLoading || people === undefined || talks === undefined) return null;
  if (!meeting || meeting.kind !== 'meeting' || !incident || !person) {
    return <NotFound message={t('meeting.notFound')} />;
  }
  const participants = meetingParticipants(incident, talks);
  const nameOf = (p: Participant) =>
    p.involved
      ? nameOfInvolved(p.involved, people, t('conversations.someone'))
      : person.displayName;
  const shown = meeting.status === 'planned' ? participants : meetingWith(meeting, participants);
  const names = listOfWords(shown.map(nameOf), i18n.language, { type: 'conjunction' });
  return (
    <section className="screen meeting">
      <Link className="back-link" to={`/incidents/${incident.id}`}>
        {t('meeting.back')}
      </Link>
      <h1>{t('meeting.heading')}</h1>
      <p className="lead">{t('meeting.with', { names })}</p>
      <SaveProblemNotice problem={saveProblem} />
      {meeting.status === 'planned' ? (
        <>
          <p>{t('meeting.intro')}</p>
          {participants.map((p) => (
            <MeetingPerson
              key={p.key}
              name={nameOf(p)}
              readiness={readinessOf(meeting, p.key)}
              talk={p.talk}
              onAnswer={(change) => save(saveMeetingReadiness(meeting.id, p.key, change))}
            >
              {p.talk ? (
                <SharingChoices
                  name={nameOf(p)}
                  items={shareableItems(p.talk)}
                  shared={p.talk.shared ?? []}
                  onChange={(item, isOn) => {
                    if (p.talk) save(shareInMeeting(p.talk.id, item, isOn));
                  }}
                />
              ) : null}
            </MeetingPerson>
          ))}
          <ReadyToStart
            meeting={meeting}
            people={participants.map((p) => ({ key: p.key, name: nameOf(p) }))}
            isReady={isEveryoneReady(meeting, participants)}
            onStart={() => save(startMeeting(meeting.id))}
          />
        </>
      ) : null}
      {meeting.status === 'in-progress' ? (
        <>
          <InMeeting
            meeting={meeting}
            participants={participants}
            nameOf={nameOf}
            person={person}
            onAgree={(cardId) => save(agreeTogether(meeting.id, cardId))}
          />
          <div className="actions">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => save(stopMeetingForNow(meeting.id))}
            >
              {t('meeting.stop')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => save(endMeeting(meeting.id))}
            >
              {t('meeting.finish')}
            </button>
          </div>
        </>
      ) : null}
      {meeting.status === 'completed' ? (
        <Finished
          meeting={meeting}
          participants={participants}
          nameOf={nameOf}
          language={person.language}
        />
      ) : null}
    </section>
  );
}
