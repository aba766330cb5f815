/** Which pictures "I felt … so I …" offers, worked out from the story and the library. */
import { STARTER_BOARDS } from '../../domain/starter-content';
import type { Conversation } from '../../domain/types';
import type { Library } from '../../storage/hooks';

const distinct = (ids: readonly string[]) => [...new Set(ids)];

/** The feelings chosen for the steps first (in story order), then every other feeling card. */
export function linkFeelingIds(
  conversation: Pick<Conversation, 'story' | 'feelings'>,
  feelingIds: readonly string[],
): string[] {
  const chosen = conversation.story.flatMap((frame) => {
    const cardId = conversation.feelings.find((f) => f.frameId === frame.id)?.cardId;
    return cardId ? [cardId] : [];
  });
  return distinct([...chosen, ...feelingIds]);
}

/**
 * The pictures placed in the story that could be what the person did: actions first, then the
 * rest in story order. Feeling pictures are left out: they are the other half of the link.
 */
export function behaviourIds(
  conversation: Pick<Conversation, 'story'>,
  library: Library,
): string[] {
  const placed = distinct(conversation.story.flatMap((f) => f.placements.map((p) => p.cardId)));
  const isFeeling = (id: string) => {
    const card = library.cards.get(id);
    return card?.kind === 'feeling' || card?.boardId === STARTER_BOARDS.feelings;
  };
  const isAction = (id: string) => library.cards.get(id)?.boardId === STARTER_BOARDS.actions;
  const candidates = placed.filter((id) => !isFeeling(id));
  return [...candidates.filter(isAction), ...candidates.filter((id) => !isAction(id))];
}
