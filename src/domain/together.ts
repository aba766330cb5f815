/**
 * The rules for the steps after "What happened?": pure changes to a conversation's Together
 * fields. Each returns the same object when nothing changes, so a repository can skip the write.
 */
import {
  COMMITMENTS,
  WAYS,
  type AffectedWho,
  type Commitment,
  type Conversation,
  type FrameFeeling,
  type Way,
} from './types';
import { TEXT_LIMITS } from './text-limits';
import { planCardIds } from './together-plan';

/** Longest text kept in the free-text Together fields. */
export const TOGETHER_LIMITS = {
  commitmentNote: TEXT_LIMITS.commitmentNote,
  staffNotes: TEXT_LIMITS.staffNotes,
  name: TEXT_LIMITS.affectedName,
} as const;

export type FeelingChanges = Partial<Omit<FrameFeeling, 'id' | 'frameId'>>;

/** Whether a tool is offered: every tool is, until the individual has chosen their ways. */
export function isWayOffered(conversation: Pick<Conversation, 'welcome'>, way: Way): boolean {
  const { ways } = conversation.welcome;
  return ways.length === 0 || ways.includes(way);
}

export function toggleWay(c: Conversation, way: Way): Conversation {
  const has = c.welcome.ways.includes(way);
  const ways = WAYS.filter((w) => (w === way ? !has : c.welcome.ways.includes(w)));
  return { ...c, welcome: { ...c.welcome, ways } };
}

/**
 * "Something calm first?" answered: "yes" is also the break itself, so the answer and the break
 * are one change and never stored apart. A repeated "yes" after the break starts another one.
 */
export function answerCalmFirst(c: Conversation, isCalmFirst: boolean | null): Conversation {
  const isOnBreak = isCalmFirst === true || c.isOnBreak;
  if (c.welcome.isCalmFirst === isCalmFirst && c.isOnBreak === isOnBreak) return c;
  return { ...c, welcome: { ...c.welcome, isCalmFirst }, isOnBreak };
}

/** The feelings of one story step, in the order they were chosen. */
export function feelingsIn(c: Pick<Conversation, 'feelings'>, frameId: string): FrameFeeling[] {
  return c.feelings.filter((f) => f.frameId === frameId);
}

/**
 * A feeling for a story step, with nothing else chosen yet. A step holds a feeling card once: the
 * same card again changes nothing.
 */
export function addFeeling(
  c: Conversation,
  id: string,
  frameId: string,
  cardId: string,
): Conversation {
  const isThere = feelingsIn(c, frameId).some((f) => f.cardId === cardId);
  if (!c.story.some((f) => f.id === frameId) || isThere) return c;
  const feeling = {
    id,
    frameId,
    cardId,
    size: null,
    colour: null,
    drawingMediaId: null,
    soundId: null,
  };
  return { ...c, feelings: [...c.feelings, feeling] };
}

/** Changes one feeling in place; a card its step already holds in another feeling is refused. */
export function changeFeeling(
  c: Conversation,
  feelingId: string,
  changes: FeelingChanges,
): Conversation {
  const current = c.feelings.find((f) => f.id === feelingId);
  if (!current) return c;
  const next = { ...current, ...changes };
  const keys = Object.keys(changes) as (keyof FeelingChanges)[];
  if (keys.every((key) => current[key] === next[key])) return c;
  const isDuplicate = feelingsIn(c, current.frameId).some(
    (f) => f.id !== feelingId && next.cardId !== null && f.cardId === next.cardId,
  );
  if (isDuplicate) return c;
  return { ...c, feelings: c.feelings.map((f) => (f.id === feelingId ? next : f)) };
}

/**
 * Takes one feeling out of its step (the repository erases its drawing in the same write). Its
 * "I felt … so I …" sentences go too when no other step holds that feeling: they could not be
 * seen or changed on "How did it feel?" any more.
 */
export function removeFeeling(c: Conversation, feelingId: string): Conversation {
  const gone = c.feelings.find((f) => f.id === feelingId);
  if (!gone) return c;
  const feelings = c.feelings.filter((f) => f.id !== feelingId);
  const isHeldElsewhere = feelings.some((f) => f.cardId === gone.cardId);
  const links =
    gone.cardId === null || isHeldElsewhere
      ? c.links
      : c.links.filter((l) => l.feelingCardId !== gone.cardId);
  return { ...c, feelings, links };
}

/** Which story step "How did it feel?" shows; a step not in the story is not shown. */
export function showFeelingsOf(c: Conversation, frameId: string): Conversation {
  if (c.feelingsFrameId === frameId || !c.story.some((f) => f.id === frameId)) return c;
  return { ...c, feelingsFrameId: frameId };
}

export function addLink(
  c: Conversation,
  id: string,
  feelingCardId: string,
  behaviourCardId: string,
): Conversation {
  const isThere = c.links.some(
    (l) => l.feelingCardId === feelingCardId && l.behaviourCardId === behaviourCardId,
  );
  return isThere ? c : { ...c, links: [...c.links, { id, feelingCardId, behaviourCardId }] };
}

export function removeLink(c: Conversation, linkId: string): Conversation {
  return c.links.some((l) => l.id === linkId)
    ? { ...c, links: c.links.filter((l) => l.id !== linkId) }
    : c;
}

export function sameWho(a: AffectedWho, b: AffectedWho): boolean {
  if (a.kind === 'card' && b.kind === 'card') return a.cardId === b.cardId;
  if (a.kind === 'named' && b.kind === 'named')
    return a.name.toLocaleLowerCase() === b.name.toLocaleLowerCase();
  return a.kind === b.kind;
}

export function addAffected(c: Conversation, id: string, who: AffectedWho): Conversation {
  const clean: AffectedWho =
    who.kind === 'named'
      ? { kind: 'named', name: who.name.trim().slice(0, TOGETHER_LIMITS.name) }
      : who;
  if (
    (clean.kind === 'named' && clean.name === '') ||
    c.affected.some((a) => sameWho(a.who, clean))
  )
    return c;
  return { ...c, affected: [...c.affected, { id, who: clean, feelingCardId: null }] };
}

export function removeAffected(c: Conversation, affectedId: string): Conversation {
  return c.affected.some((a) => a.id === affectedId)
    ? { ...c, affected: c.affected.filter((a) => a.id !== affectedId) }
    : c;
}

export function setAffectedFeeling(
  c: Conversation,
  affectedId: string,
  feelingCardId: string | null,
): Conversation {
  const target = c.affected.find((a) => a.id === affectedId);
  if (!target || target.feelingCardId === feelingCardId) return c;
  return {
    ...c,
    affected: c.affected.map((a) => (a.id === affectedId ? { ...a, feelingCardId } : a)),
  };
}

/** A strategy chosen, or unchosen when tapped again (which unties it from its feeling). */
export function toggleStrategy(c: Conversation, strategyId: string): Conversation {
  if (!c.strategies.includes(strategyId))
    return { ...c, strategies: [...c.strategies, strategyId] };
  const strategies = c.strategies.filter((s) => s !== strategyId);
  const ties = c.strategyFeelings?.filter((p) => p.strategyId !== strategyId);
  return ties ? { ...c, strategies, strategyFeelings: ties } : { ...c, strategies };
}

export function toggleCommitment(c: Conversation, commitment: Commitment): Conversation {
  const has = c.commitments.includes(commitment);
  const commitments = COMMITMENTS.filter((x) =>
    x === commitment ? !has : c.commitments.includes(x),
  );
  return { ...c, commitments };
}

export function choosePositive(c: Conversation, activityId: string): Conversation {
  if (c.positive?.activityId === activityId) return c;
  return { ...c, positive: { activityId, plannedFor: c.positive?.plannedFor ?? '', doneAt: null } };
}

export function planPositive(c: Conversation, plannedFor: string): Conversation {
  if (!c.positive || c.positive.plannedFor === plannedFor) return c;
  return { ...c, positive: { ...c.positive, plannedFor } };
}

export function markPositiveDone(c: Conversation, doneAt: number | null): Conversation {
  if (!c.positive || (c.positive.doneAt === null) === (doneAt === null)) return c;
  return { ...c, positive: { ...c.positive, doneAt } };
}

/**
 * Every card a conversation refers to — story pictures, bubbles, feelings, links, who was
 * affected, strategies, the positive activity, repairs, needs and ties — so a one-person backup carries them all. Ids of
 * the person's own profile cards are included too; they simply match no card.
 */
export function cardIdsUsedBy(c: Conversation): string[] {
  const ids = [
    ...c.story.flatMap((frame) =>
      frame.placements.flatMap((p) => [p.cardId, ...p.bubbles.flatMap((b) => b.cardId ?? [])]),
    ),
    ...c.feelings.flatMap((f) => f.cardId ?? []),
    ...c.links.flatMap((l) => [l.feelingCardId, l.behaviourCardId]),
    ...c.affected.flatMap((a) => [
      ...(a.who.kind === 'card' ? [a.who.cardId] : []),
      ...(a.feelingCardId ? [a.feelingCardId] : []),
    ]),
    ...c.strategies,
    ...(c.positive ? [c.positive.activityId] : []),
    ...planCardIds(c),
    ...Object.values(c.answers).flatMap((a) => a.cardIds),
  ];
  return [...new Set(ids)];
}
