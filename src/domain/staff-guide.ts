/**
 * What the staff guide offers on each Together step, as data: ids of prompts whose words live in
 * the `guide` namespace (prompts.<id>). The map is typed by TogetherStep, so adding a step to
 * TOGETHER_STEPS does not compile until it has its prompts here (and their words in guide.json).
 *
 * Prompts are open, non-judgemental questions adapted from the IIRP restorative questions, each on
 * the step where it is asked: the story first, then thoughts and feelings, who was affected, what
 * would put things right, and a positive close.
 */
import type { ConversationKind, TogetherStep } from './types';

export const PROMPT_IDS = [
  'howToTalk',
  'calmFirst',
  'showMe',
  'whatNext',
  'thinking',
  'howBig',
  'feltSoI',
  'thoughtSince',
  'whoAffected',
  'theyFelt',
  'whereStarted',
  'putRight',
  'notNow',
  'whatNeeded',
  'nextTime',
  'staffChange',
  'somethingGood',
  'when',
  'lookBack',
  'thankThem',
  // For a talk with someone affected: the restorative questions for those harmed (IIRP set 2).
  'harmedStory',
  'harmedFelt',
  'harmedThought',
  'harmedImpact',
  'harmedHardest',
  'harmedMakeRight',
  'harmedWish',
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
  'safeguarding',
] as const;
export type ReminderId = (typeof REMINDER_IDS)[number];

export const PROMPTS_BY_STEP: Readonly<Record<TogetherStep, readonly PromptId[]>> = {
  welcome: ['howToTalk', 'calmFirst'],
  'what-happened': ['showMe', 'whatNext', 'thinking', 'whereStarted'],
  'how-did-it-feel': ['howBig', 'feltSoI', 'thoughtSince'],
  'who-was-affected': ['whoAffected', 'theyFelt'],
  'making-things-right': ['putRight', 'notNow'],
  'what-can-help': ['whatNeeded', 'nextTime', 'staffChange'],
  'something-good': ['somethingGood', 'when'],
  finish: ['lookBack', 'thankThem'],
  'harmed-thought': ['harmedThought'],
  'harmed-impact': ['harmedImpact'],
  'harmed-hardest': ['harmedHardest'],
  'harmed-make-right': ['harmedMakeRight', 'harmedWish'],
};

/** Where a talk with someone affected asks its own questions on a step it shares. */
const AFFECTED_PROMPTS: Partial<Record<TogetherStep, readonly PromptId[]>> = {
  'what-happened': ['harmedStory', 'whatNext'],
  'how-did-it-feel': ['harmedFelt', 'howBig'],
};

/** The prompts for a step of a kind of conversation, in the order staff would usually ask them. */
export function promptsFor(
  step: TogetherStep,
  kind: ConversationKind = 'own',
): readonly PromptId[] {
  return (kind === 'affected' ? AFFECTED_PROMPTS[step] : undefined) ?? PROMPTS_BY_STEP[step];
}

/**
 * What staff do on a step, said in the guide, never on the individual's screen (issue 10,
 * point 10): their words live in the `guide` namespace (doing.<id>).
 */
export const STAFF_PART_BY_STEP: Readonly<Record<TogetherStep, readonly StaffPartId[]>> = {
  welcome: [],
  'what-happened': ['placePictures', 'markStart'],
  'how-did-it-feel': [],
  'who-was-affected': ['typeSomeoneElse'],
  'making-things-right': ['notForced'],
  'what-can-help': ['tieFeeling', 'staffChange'],
  'something-good': [],
  finish: ['leaveToSummary'],
  'harmed-thought': ['typeTheirWords'],
  'harmed-impact': ['typeTheirWords'],
  'harmed-hardest': ['typeTheirWords'],
  'harmed-make-right': ['typeTheirWords'],
};
export type StaffPartId =
  | 'placePictures'
  | 'markStart'
  | 'typeSomeoneElse'
  | 'notForced'
  | 'tieFeeling'
  | 'staffChange'
  | 'leaveToSummary'
  | 'typeTheirWords';
