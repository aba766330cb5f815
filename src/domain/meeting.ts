/**
 * A meeting together (issue 13, point 3): the individual and those harmed meet only when each is
 * ready. For each person the readiness check asks whether meeting could feel like being "ganged
 * up against", and records whether they agree to meet (when, and which staff member asked). What
 * each person said in their own talk is shown in the meeting only where they agreed, item by item
 * (`shared` on their conversation). Pure: every change returns the same object when nothing
 * changes.
 */
import { answerTo } from './answers';
import { repairsOf } from './together-plan';
import {
  HARMED_QUESTIONS,
  SHARE_ITEMS,
  type Conversation,
  type Incident,
  type Involved,
  type Meeting,
  type MeetingPerson,
  type ShareItem,
} from './types';

/** Someone who may take part: the individual (involved null) or a person or peer involved. */
export interface Participant {
  /** Their key in the meeting's record: the individual's person id, else their involved id. */
  readonly key: string;
  readonly involved: Involved | null;
  /** Their own talk in this incident (the finished one first), or null when none yet. */
  readonly talk: Conversation | null;
}

export const NOT_ASKED: MeetingPerson = { gangedUp: null, agrees: null, at: null, actor: '' };
export const EMPTY_MEETING: Meeting = { people: {}, agreed: [] };

/** The latest of some talks, a finished one before any that is still open. */
function latest(talks: readonly Conversation[]): Conversation | null {
  const ordered = [...talks].sort(
    (a, b) =>
      Number(b.status === 'completed') - Number(a.status === 'completed') ||
      b.updatedAt - a.updatedAt,
  );
  return ordered[0] ?? null;
}

/**
 * Who a meeting of this incident is for: the individual first, then each person or peer
 * involved, in the incident's order. Colleagues are staff: they are not asked.
 */
export function meetingParticipants(
  incident: Incident,
  conversations: readonly Conversation[],
): Participant[] {
  const ofIncident = conversations.filter((c) => c.incidentId === incident.id);
  const individual: Participant = {
    key: incident.personId,
    involved: null,
    talk: latest(ofIncident.filter((c) => c.kind === 'own')),
  };
  const others = incident.involved.flatMap((entry): Participant[] =>
    entry.kind === 'colleague'
      ? []
      : [
          {
            key: entry.id,
            involved: entry,
            talk: latest(ofIncident.filter((c) => c.kind === 'affected' && c.withWho === entry.id)),
          },
        ],
  );
  return [individual, ...others];
}

function hasStory(c: Conversation): boolean {
  return c.story.some((f) => f.placements.length > 0 || f.caption.trim() !== '');
}

function hasFeelings(c: Conversation): boolean {
  return c.feelings.some(
    (f) =>
      f.cardId !== null ||
      f.size !== null ||
      f.colour !== null ||
      f.drawingMediaId !== null ||
      f.soundId !== null,
  );
}

/** What a talk holds that its person could agree to share, in SHARE_ITEMS order. */
export function shareableItems(c: Conversation): ShareItem[] {
  const has: Record<ShareItem, boolean> = {
    story: hasStory(c),
    feelings: hasFeelings(c),
    thought: false,
    impact: false,
    hardest: false,
    'make-right': false,
    repairs: c.kind === 'own' && repairsOf(c).length > 0,
  };
  if (c.kind === 'affected') {
    for (const question of HARMED_QUESTIONS) {
      const answer = answerTo(c, question);
      has[question] = answer.cardIds.length > 0 || answer.text.trim() !== '';
    }
  }
  return SHARE_ITEMS.filter((item) => has[item]);
}

/** Whether the talk's person agreed to share this item in a meeting together. */
export function isShared(c: Pick<Conversation, 'shared'>, item: ShareItem): boolean {
  return (c.shared ?? []).includes(item);
}

/** Agrees to share one item, or takes the agreement back. */
export function setShared(c: Conversation, item: ShareItem, isOn: boolean): Conversation {
  if (isShared(c, item) === isOn) return c;
  const shared = SHARE_ITEMS.filter((i) => (i === item ? isOn : isShared(c, i)));
  return { ...c, shared };
}

/** What is shown of a talk in the meeting: the items it holds that its person agreed to share. */
export function sharedItems(c: Conversation): ShareItem[] {
  return shareableItems(c).filter((item) => isShared(c, item));
}

export function meetingOf(c: Pick<Conversation, 'meeting'>): Meeting {
  return c.meeting ?? EMPTY_MEETING;
}

export function readinessOf(c: Pick<Conversation, 'meeting'>, key: string): MeetingPerson {
  return meetingOf(c).people[key] ?? NOT_ASKED;
}

export type ReadinessChange = Partial<Pick<MeetingPerson, 'gangedUp' | 'agrees'>>;

/** One person's readiness answer, stamped with when and by whom it was recorded. */
export function answerReadiness(
  c: Conversation,
  key: string,
  change: ReadinessChange,
  stamp: Pick<MeetingPerson, 'at' | 'actor'>,
): Conversation {
  const current = readinessOf(c, key);
  const isSame = (Object.keys(change) as (keyof ReadinessChange)[]).every(
    (field) => current[field] === change[field],
  );
  if (isSame) return c;
  const meeting = meetingOf(c);
  const person: MeetingPerson = { ...current, ...change, ...stamp };
  return { ...c, meeting: { ...meeting, people: { ...meeting.people, [key]: person } } };
}

/** Why one person is not ready yet, or null when they are ready (or would rather not take part). */
export type NotReady = 'not-asked' | 'not-agreed' | 'ganged-up' | 'unsure' | 'gang-not-asked';

export function whyNotReady(person: MeetingPerson): NotReady | null {
  if (person.agrees === null) return 'not-asked';
  if (person.agrees === 'no') return null;
  if (person.agrees === 'not-yet') return 'not-agreed';
  if (person.gangedUp === null) return 'gang-not-asked';
  if (person.gangedUp === 'yes') return 'ganged-up';
  return person.gangedUp === 'unsure' ? 'unsure' : null;
}

/** Whether this person agreed and meeting could not feel like being ganged up against. */
export function isReadyToMeet(person: MeetingPerson): boolean {
  return person.agrees === 'yes' && whyNotReady(person) === null;
}

/** Those who will be in the meeting: everyone who agreed to meet. */
export function meetingWith(c: Conversation, participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => readinessOf(c, p.key).agrees === 'yes');
}

/**
 * The meeting can start only when each person is ready: the individual and at least one other
 * agreed and none of them could feel ganged up against; anyone else either agreed in the same
 * way or would rather not take part.
 */
export function isEveryoneReady(c: Conversation, participants: readonly Participant[]): boolean {
  const [individual, ...others] = participants;
  if (!individual || !isReadyToMeet(readinessOf(c, individual.key))) return false;
  const answers = others.map((p) => readinessOf(c, p.key));
  return answers.some(isReadyToMeet) && answers.every((a) => whyNotReady(a) === null);
}

/**
 * What could be agreed together: how the individual will make things right and what those
 * harmed would like, where each agreed to share it, without repeats, in that order.
 */
export function agreeableCards(c: Conversation, participants: readonly Participant[]): string[] {
  const cards = meetingWith(c, participants).flatMap(({ talk }) => {
    if (!talk) return [];
    if (talk.kind === 'own') return isShared(talk, 'repairs') ? repairsOf(talk) : [];
    return isShared(talk, 'make-right') ? answerTo(talk, 'make-right').cardIds : [];
  });
  return [...new Set(cards)];
}

/** A card agreed together in the meeting, or taken back. */
export function toggleAgreed(c: Conversation, cardId: string): Conversation {
  const meeting = meetingOf(c);
  const agreed = meeting.agreed.includes(cardId)
    ? meeting.agreed.filter((id) => id !== cardId)
    : [...meeting.agreed, cardId];
  return { ...c, meeting: { ...meeting, agreed } };
}

/** "Start the meeting": only from planned, and only when everyone is ready. */
export function startMeeting(
  c: Conversation,
  participants: readonly Participant[],
  time: number,
): Conversation {
  if (c.status !== 'planned' || !isEveryoneReady(c, participants)) return c;
  return { ...c, status: 'in-progress', startedAt: c.startedAt ?? time };
}

/** "Stop for now": back to getting ready; what was recorded stays. */
export function pauseMeeting(c: Conversation): Conversation {
  return c.status === 'in-progress' ? { ...c, status: 'planned' } : c;
}

/** "Finish the meeting". */
export function finishMeeting(c: Conversation, time: number): Conversation {
  return c.status === 'in-progress' ? { ...c, status: 'completed', completedAt: time } : c;
}

/** What those harmed would like, shared with the individual: by who, the cards and their words. */
export interface AskedFor {
  readonly involvedId: string;
  readonly cardIds: readonly string[];
  readonly text: string;
}

/**
 * For "Making things right" in the individual's own talk: what each person harmed would like,
 * only from talks in the same incident whose person agreed to share it.
 */
export function askedForOf(own: Conversation, talks: readonly Conversation[]): AskedFor[] {
  if (own.incidentId === null) return [];
  return talks.flatMap((talk) => {
    const isTheirs =
      talk.kind === 'affected' && talk.incidentId === own.incidentId && talk.withWho !== null;
    if (!isTheirs || !talk.withWho || !isShared(talk, 'make-right')) return [];
    const answer = answerTo(talk, 'make-right');
    if (answer.cardIds.length === 0 && answer.text.trim() === '') return [];
    return [{ involvedId: talk.withWho, cardIds: answer.cardIds, text: answer.text.trim() }];
  });
}
