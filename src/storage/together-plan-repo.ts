/**
 * Writes for what feeds the support plan later (domain/together-plan): repairs or "not now",
 * the step where it started, what the individual needed, strategies tied to a feeling. Each is
 * one user action and one transaction.
 */
import {
  answerRepairNotNow,
  toggleNeed,
  toggleRepair,
  toggleStartFrame,
  toggleStrategyFeeling,
} from '../domain/together-plan';
import type { Conversation } from '../domain/types';
import { updateConversation } from './conversation-writes';

/** A repair card chosen on "Making things right", or unchosen when tapped again. */
export function chooseRepair(conversationId: string, repairId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => toggleRepair(c, repairId));
}

/** "Not now" on "Making things right" (or taken back). */
export function chooseRepairNotNow(
  conversationId: string,
  isNotNow: boolean,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => answerRepairNotNow(c, isNotNow));
}

/** "It started here" on a story step, or taken off it when tapped again. */
export function markStartStep(conversationId: string, frameId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => toggleStartFrame(c, frameId));
}

/** A card of "What did I need?" chosen, or unchosen. */
export function chooseNeed(conversationId: string, needId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => toggleNeed(c, needId));
}

/** "When I feel …, I can …": a chosen strategy tied to a feeling, or untied. */
export function tieStrategyToFeeling(
  conversationId: string,
  strategyId: string,
  feelingCardId: string,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) =>
    toggleStrategyFeeling(c, strategyId, feelingCardId),
  );
}
