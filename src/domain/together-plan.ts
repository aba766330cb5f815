/**
 * The rules for what feeds the support plan later: the repairs chosen on "Making things right"
 * (or "not now"), the story step where it started, what the individual needed, and strategies
 * tied to a feeling. The fields are optional on the record (rows stored before them stay valid),
 * so they are read here with their defaults and nowhere else. Each change returns the same object
 * when nothing changes, so a repository can skip the write.
 */
import type { Conversation, NextTimePart, StrategyFeeling } from './types';

type Plan = Pick<
  Conversation,
  'repairs' | 'isRepairNotNow' | 'startFrameId' | 'needs' | 'strategyFeelings'
>;

/** The repair cards chosen, in the order chosen. */
export function repairsOf(c: Plan): readonly string[] {
  return c.repairs ?? [];
}

/** "Not now" on "Making things right": a valid answer, never a missing one. */
export function isRepairNotNow(c: Plan): boolean {
  return (c.isRepairNotNow ?? false) && repairsOf(c).length === 0;
}

export function startFrameOf(c: Plan): string | null {
  return c.startFrameId ?? null;
}

export function needsOf(c: Plan): readonly string[] {
  return c.needs ?? [];
}

export function strategyFeelingsOf(c: Plan): readonly StrategyFeeling[] {
  return c.strategyFeelings ?? [];
}

/** A repair chosen, or unchosen when tapped again; choosing one takes back "not now". */
export function toggleRepair(c: Conversation, repairId: string): Conversation {
  const repairs = repairsOf(c);
  const next = repairs.includes(repairId)
    ? repairs.filter((r) => r !== repairId)
    : [...repairs, repairId];
  return { ...c, repairs: next, isRepairNotNow: false };
}

/** "Not now" chosen (every repair is let go) or taken back. */
export function answerRepairNotNow(c: Conversation, isNotNow: boolean): Conversation {
  if (isRepairNotNow(c) === isNotNow && (!isNotNow || repairsOf(c).length === 0)) return c;
  return { ...c, isRepairNotNow: isNotNow, repairs: isNotNow ? [] : repairsOf(c) };
}

/**
 * "It started here" on a story step: one step at a time, so marking another moves the mark;
 * marking the marked step again takes it off. A step not in the story is not marked.
 */
export function toggleStartFrame(c: Conversation, frameId: string): Conversation {
  if (!c.story.some((f) => f.id === frameId)) return c;
  return { ...c, startFrameId: startFrameOf(c) === frameId ? null : frameId };
}

/** The marked step, while it is still in the story (a deleted step takes its mark with it). */
export function startFrameIn(c: Pick<Conversation, 'story'> & Plan): string | null {
  const id = startFrameOf(c);
  return id !== null && c.story.some((f) => f.id === id) ? id : null;
}

export function toggleNeed(c: Conversation, needId: string): Conversation {
  const needs = needsOf(c);
  return {
    ...c,
    needs: needs.includes(needId) ? needs.filter((n) => n !== needId) : [...needs, needId],
  };
}

/** The feeling cards the individual chose on "How did it feel?", each once, in story order. */
export function feelingsHad(c: Pick<Conversation, 'feelings' | 'story'>): string[] {
  const order = new Map(c.story.map((f, i) => [f.id, i]));
  const sorted = [...c.feelings].sort(
    (a, b) => (order.get(a.frameId) ?? Infinity) - (order.get(b.frameId) ?? Infinity),
  );
  return [...new Set(sorted.flatMap((f) => f.cardId ?? []))];
}

/** The feeling a strategy is tied to, or null. */
export function feelingTiedTo(c: Plan, strategyId: string): string | null {
  return strategyFeelingsOf(c).find((p) => p.strategyId === strategyId)?.feelingCardId ?? null;
}

/**
 * "When I feel angry, I can ask for a break": ties a chosen strategy to one feeling (a strategy
 * holds one feeling; another replaces it), or unties it when that feeling is tapped again. Only
 * a chosen strategy can be tied.
 */
export function toggleStrategyFeeling(
  c: Conversation,
  strategyId: string,
  feelingCardId: string,
): Conversation {
  if (!c.strategies.includes(strategyId)) return c;
  const others = strategyFeelingsOf(c).filter((p) => p.strategyId !== strategyId);
  const isTied = feelingTiedTo(c, strategyId) === feelingCardId;
  return {
    ...c,
    strategyFeelings: isTied ? others : [...others, { strategyId, feelingCardId }],
  };
}

/** The ties whose strategy is still chosen, in the order the strategies were chosen. */
export function tiesOfChosen(c: Pick<Conversation, 'strategies'> & Plan): StrategyFeeling[] {
  const ties = strategyFeelingsOf(c);
  return c.strategies.flatMap((s) => ties.find((p) => p.strategyId === s) ?? []);
}

/** Every card id these choices refer to, for a one-person backup. */
export function planCardIds(c: Plan): string[] {
  return [
    ...repairsOf(c),
    ...needsOf(c),
    ...strategyFeelingsOf(c).flatMap((p) => [p.strategyId, p.feelingCardId]),
  ];
}

/**
 * The questions "What can help next time?" asks now, of those its boards offer: "When I feel …"
 * only once something is chosen to tie to a feeling.
 */
export function nextTimePartsAsked(
  c: Pick<Conversation, 'strategies'>,
  offered: readonly NextTimePart[],
): NextTimePart[] {
  return offered.filter((part) => part !== 'ties' || c.strategies.length > 0);
}

/** The question after `from` as the record stands, or `from` when it is the last. */
export function nextTimePartAfter(
  c: Pick<Conversation, 'strategies'>,
  offered: readonly NextTimePart[],
  from: NextTimePart,
): NextTimePart {
  const asked = nextTimePartsAsked(c, offered);
  return asked[asked.indexOf(from) + 1] ?? from;
}
