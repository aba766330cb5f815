import { describe, expect, it } from 'vitest';
import { keepFinishedRecord } from './finished-record';
import { makeIncident } from './incidents';
import {
  agreeableCards,
  answerReadiness,
  askedForOf,
  finishMeeting,
  isEveryoneReady,
  meetingParticipants,
  readinessOf,
  setShared,
  shareableItems,
  sharedItems,
  startMeeting,
  toggleAgreed,
  whyNotReady,
  type Participant,
} from './meeting';
import { makeConversation } from './records';
import type { Conversation, ConversationKind, Incident } from './types';

const STAMP = { at: 5_000, actor: 'Priya' };

function incident(): Incident {
  return {
    ...makeIncident('i1', 'jo', 1_000),
    involved: [
      { id: 'sam', kind: 'peer', name: 'Sam', cardId: null },
      { id: 'ana', kind: 'colleague', name: 'Ana' },
    ],
  };
}

function talk(id: string, kind: ConversationKind, withWho: string | null = null): Conversation {
  return {
    ...makeConversation({
      id,
      personId: 'jo',
      firstFrameId: `${id}-f1`,
      status: 'completed',
      time: 1_000,
      incidentId: 'i1',
      kind,
      withWho,
    }),
    completedAt: 2_000,
  };
}

function ownTalk(): Conversation {
  const c = talk('own', 'own');
  const frame = c.story[0]!;
  return {
    ...c,
    story: [{ ...frame, placements: [{ id: 'p1', cardId: 'starter-me', bubbles: [] }] }],
    repairs: ['repair-say-sorry', 'repair-help-fix'],
  };
}

function samTalk(): Conversation {
  return {
    ...talk('sam-talk', 'affected', 'sam'),
    answers: {
      thought: { cardIds: ['feeling-scared'], text: '' },
      'make-right': { cardIds: ['repair-say-sorry', 'activity-football'], text: 'Play again' },
    },
  };
}

function meeting(): Conversation {
  return { ...talk('m', 'meeting'), status: 'planned', completedAt: null };
}

function ready(c: Conversation, keys: readonly string[]): Conversation {
  return keys.reduce(
    (m, key) => answerReadiness(m, key, { agrees: 'yes', gangedUp: 'no' }, STAMP),
    c,
  );
}

describe('who a meeting together is for', () => {
  it('is the individual and each person or peer involved, with their own talks, never a colleague', () => {
    const own = ownTalk();
    const sam = samTalk();
    const people = meetingParticipants(incident(), [own, sam, talk('deb', 'debrief', 'ana')]);
    expect(people.map((p) => [p.key, p.talk?.id ?? null])).toEqual([
      ['jo', 'own'],
      ['sam', 'sam-talk'],
    ]);
  });
});

describe('consent per item', () => {
  it('offers only what a talk holds', () => {
    expect(shareableItems(ownTalk())).toEqual(['story', 'repairs']);
    expect(shareableItems(samTalk())).toEqual(['thought', 'make-right']);
  });

  it('shares nothing until the person agrees, item by item, and can take it back', () => {
    const sam = samTalk();
    expect(sharedItems(sam)).toEqual([]);
    const shared = setShared(setShared(sam, 'make-right', true), 'thought', true);
    expect(sharedItems(shared)).toEqual(['thought', 'make-right']);
    expect(sharedItems(setShared(shared, 'thought', false))).toEqual(['make-right']);
    expect(setShared(shared, 'thought', true)).toBe(shared);
  });

  it('can be given after the talk has finished, while what was said stays as it was', () => {
    const sam = samTalk();
    const changed = { ...setShared(sam, 'make-right', true), answers: {} };
    const kept = keepFinishedRecord(sam, changed);
    expect(kept.shared).toEqual(['make-right']);
    expect(kept.answers).toBe(sam.answers);
  });

  it('shows the individual what someone harmed would like only where they agreed', () => {
    const own = ownTalk();
    const sam = samTalk();
    expect(askedForOf(own, [sam])).toEqual([]);
    expect(askedForOf(own, [setShared(sam, 'make-right', true)])).toEqual([
      {
        involvedId: 'sam',
        cardIds: ['repair-say-sorry', 'activity-football'],
        text: 'Play again',
      },
    ]);
    // Another incident's talk never reaches this one.
    const elsewhere = { ...setShared(sam, 'make-right', true), incidentId: 'i2' };
    expect(askedForOf(own, [elsewhere])).toEqual([]);
  });
});

describe('readiness for a meeting together', () => {
  const people = (): Participant[] => meetingParticipants(incident(), [ownTalk(), samTalk()]);

  it('records each answer with when and by whom', () => {
    const m = answerReadiness(meeting(), 'sam', { agrees: 'yes' }, STAMP);
    expect(readinessOf(m, 'sam')).toEqual({ agrees: 'yes', gangedUp: null, ...STAMP });
    expect(answerReadiness(m, 'sam', { agrees: 'yes' }, { at: 9, actor: 'Other' })).toBe(m);
  });

  it('asks whether it could feel like being ganged up against, and waits while it could', () => {
    const m = answerReadiness(meeting(), 'jo', { agrees: 'yes' }, STAMP);
    expect(whyNotReady(readinessOf(m, 'jo'))).toBe('gang-not-asked');
    const yes = answerReadiness(m, 'jo', { gangedUp: 'yes' }, STAMP);
    expect(whyNotReady(readinessOf(yes, 'jo'))).toBe('ganged-up');
    const unsure = answerReadiness(m, 'jo', { gangedUp: 'unsure' }, STAMP);
    expect(whyNotReady(readinessOf(unsure, 'jo'))).toBe('unsure');
  });

  it('starts only when the individual and someone else are ready, and nobody is waiting', () => {
    const list = people();
    expect(isEveryoneReady(meeting(), list)).toBe(false);
    expect(isEveryoneReady(ready(meeting(), ['jo']), list)).toBe(false);
    const both = ready(meeting(), ['jo', 'sam']);
    expect(isEveryoneReady(both, list)).toBe(true);
    const samUnsure = answerReadiness(both, 'sam', { gangedUp: 'unsure' }, STAMP);
    expect(isEveryoneReady(samUnsure, list)).toBe(false);
    expect(startMeeting(samUnsure, list, 6_000)).toBe(samUnsure);
    const started = startMeeting(both, list, 6_000);
    expect(started).toMatchObject({ status: 'in-progress', startedAt: 6_000 });
    expect(finishMeeting(started, 7_000)).toMatchObject({ status: 'completed', completedAt: 7_000 });
  });

  it('goes ahead without someone who would rather not take part, but never without the individual', () => {
    const withPeer: Incident = {
      ...incident(),
      involved: [...incident().involved, { id: 'lee', kind: 'peer', name: 'Lee', cardId: null }],
    };
    const list = meetingParticipants(withPeer, [ownTalk(), samTalk()]);
    const both = ready(meeting(), ['jo', 'sam']);
    expect(isEveryoneReady(both, list)).toBe(false);
    expect(isEveryoneReady(answerReadiness(both, 'lee', { agrees: 'no' }, STAMP), list)).toBe(true);
    const joDeclines = answerReadiness(both, 'jo', { agrees: 'no' }, STAMP);
    expect(isEveryoneReady(joDeclines, list)).toBe(false);
  });

  it('offers to agree only what each person in the meeting agreed to share, once each', () => {
    const own = setShared(ownTalk(), 'repairs', true);
    const sam = setShared(samTalk(), 'make-right', true);
    const list = meetingParticipants(incident(), [own, sam]);
    const m = ready(meeting(), ['jo', 'sam']);
    expect(agreeableCards(m, list)).toEqual([
      'repair-say-sorry',
      'repair-help-fix',
      'activity-football',
    ]);
    const unshared = meetingParticipants(incident(), [ownTalk(), sam]);
    expect(agreeableCards(m, unshared)).toEqual(['repair-say-sorry', 'activity-football']);
    const agreed = toggleAgreed(toggleAgreed(m, 'activity-football'), 'repair-say-sorry');
    expect(agreed.meeting?.agreed).toEqual(['activity-football', 'repair-say-sorry']);
    expect(toggleAgreed(agreed, 'activity-football').meeting?.agreed).toEqual(['repair-say-sorry']);
  });
});
