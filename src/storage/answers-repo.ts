/**
 * Writes to the answers of a talk with someone affected or a colleague's debrief; each is one
 * user action and one transaction (conversation-writes.ts).
 */
import { toggleAnswerCard, writeAnswer } from '../domain/answers';
import type { Conversation, HarmedQuestion } from '../domain/types';
import { updateConversation } from './conversation-writes';
import { now } from './database';

/** The words staff typed for one answer. */
export function saveAnswerText(
  conversationId: string,
  question: HarmedQuestion,
  text: string,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => writeAnswer(c, question, text));
}

/** A picture chosen for one answer, or taken back. */
export function toggleAnswerPicture(
  conversationId: string,
  question: HarmedQuestion,
  cardId: string,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => toggleAnswerCard(c, question, cardId));
}

/** "We have finished" on a colleague's debrief. */
export function finishDebrief(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) =>
    c.status === 'completed' ? c : { ...c, status: 'completed', completedAt: now() },
  );
}
