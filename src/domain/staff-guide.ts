/**
 * What the staff guide offers on each Together step, as data: ids of prompts whose words live in
 * the `guide` namespace (prompts.<id>). The map is typed by TogetherStep, so adding a step to
 * TOGETHER_STEPS does not compile until it has its prompts here (and their words in guide.json).
 *
 * Prompts are open, non-judgemental questions adapted from the IIRP restorative questions. While
 * "What happened?" is the only step it carries the whole set; when the later steps arrive
 * ("Who was affected?", "What can help next time?") their questions move to them.
 */
import type { TogetherStep } from './types';

export const PROMPT_IDS = [
  'showMe',
  'whatNext',
  'thinking',
  'thoughtSince',
  'whoAffected',
  'putRight',
] as const;
export type PromptId = (typeof PROMPT_IDS)[number];

/** Lines for when the individual shows shame, guilt or low self-worth. Calm, never blaming. */
export const REASSURANCE_IDS = [
  'notInTrouble',
  'okToFeel',
  'mixedUp',
  'thankYou',
  'breakAnyTime',
] as const;
export type ReassuranceId = (typeof REASSURANCE_IDS)[number];

/** How staff hold the conversation; the same on every step. */
export const REMINDER_IDS = [
  'dontInterrupt',
  'dontFinish',
  'sitSideOn',
  'takeUpTime',
  'okToStop',
] as const;
export type ReminderId = (typeof REMINDER_IDS)[number];

export const PROMPTS_BY_STEP: Readonly<Record<TogetherStep, readonly PromptId[]>> = {
  'what-happened': ['showMe', 'whatNext', 'thinking', 'thoughtSince', 'whoAffected', 'putRight'],
};

/** The prompts for a step, in the order staff would usually ask them. */
export function promptsFor(step: TogetherStep): readonly PromptId[] {
  return PROMPTS_BY_STEP[step];
}
