/**
 * What each kind of conversation offers in Together: its steps, in order. The individual's own
 * conversation has every step of the restorative questions for the person who caused harm; a talk
 * with someone affected has their own story, their feelings and the questions for those harmed
 * (IIRP set 2), then Finish. A colleague's debrief and the meeting together have no Together steps.
 */
import type { ConversationKind, TogetherStep } from './types';

const OWN_STEPS = [
  'welcome',
  'what-happened',
  'how-did-it-feel',
  'who-was-affected',
  'making-things-right',
  'what-can-help',
  'something-good',
  'finish',
] as const satisfies readonly TogetherStep[];

const AFFECTED_STEPS = [
  'what-happened',
  'how-did-it-feel',
  'harmed-thought',
  'harmed-impact',
  'harmed-hardest',
  'harmed-make-right',
  'finish',
] as const satisfies readonly TogetherStep[];

/** The Together steps of a kind of conversation, in order. */
export function stepsOf(kind: ConversationKind): readonly TogetherStep[] {
  return kind === 'affected' ? AFFECTED_STEPS : OWN_STEPS;
}

/** Where a new conversation of this kind opens. */
export function firstStepOf(kind: ConversationKind): TogetherStep {
  return stepsOf(kind)[0] ?? 'welcome';
}

/** Whether a conversation of this kind is held in Together (a debrief is a staff screen). */
export function isHeldTogether(kind: ConversationKind): boolean {
  return kind !== 'debrief';
}

/** The step after (offset 1) or before (offset -1) this one in its kind, or undefined at either end. */
export function stepBesideIn(
  kind: ConversationKind,
  step: TogetherStep,
  offset: 1 | -1,
): TogetherStep | undefined {
  const steps = stepsOf(kind);
  const index = steps.indexOf(step);
  return index < 0 ? undefined : steps[index + offset];
}
