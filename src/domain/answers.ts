/**
 * The answers of someone affected, or of a colleague in a debrief, to the questions for those
 * harmed (HARMED_QUESTIONS): pictures chosen and words staff typed, per question. Pure changes
 * that return the same object when nothing changes.
 */
import { TEXT_LIMITS } from './text-limits';
import type { Answer, Conversation, HarmedQuestion } from './types';

export const EMPTY_ANSWER: Answer = { cardIds: [], text: '' };

export function answerTo(c: Pick<Conversation, 'answers'>, question: HarmedQuestion): Answer {
  return c.answers[question] ?? EMPTY_ANSWER;
}

export function writeAnswer(c: Conversation, question: HarmedQuestion, text: string): Conversation {
  const current = answerTo(c, question);
  const clamped = text.slice(0, TEXT_LIMITS.answer);
  if (current.text === clamped) return c;
  return { ...c, answers: { ...c.answers, [question]: { ...current, text: clamped } } };
}

export function toggleAnswerCard(
  c: Conversation,
  question: HarmedQuestion,
  cardId: string,
): Conversation {
  const current = answerTo(c, question);
  const cardIds = current.cardIds.includes(cardId)
    ? current.cardIds.filter((id) => id !== cardId)
    : [...current.cardIds, cardId];
  return { ...c, answers: { ...c.answers, [question]: { ...current, cardIds } } };
}

/** The question a Together step of a talk with someone affected asks, if it asks one. */
export const QUESTION_OF_STEP = {
  'harmed-thought': 'thought',
  'harmed-impact': 'impact',
  'harmed-hardest': 'hardest',
  'harmed-make-right': 'make-right',
} as const satisfies Record<string, HarmedQuestion>;
export type QuestionStep = keyof typeof QUESTION_OF_STEP;
