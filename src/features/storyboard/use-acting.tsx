/**
 * Acting it out: people pictures in the story become puppets with speech and thought bubbles.
 * This hook holds which bubble dialog is open (interaction state only) and turns its answers
 * into bubble commands; the bubbles themselves are always read from the stored story.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { newId } from '../../domain/ids';
import { STARTER_BOARDS } from '../../domain/starter-content';
import { findPlacement, type StoryCommand } from '../../domain/storyboard';
import type { Bubble, Conversation } from '../../domain/types';
import { speak } from '../../lib/speech';
import type { Library } from '../../storage/use-library';
import { sayCard } from '../../ui/say-card';
import { BubbleEditor, type BubbleDraft } from './bubble-editor';
import type { CardChoice } from './bubble-card-picker';
import type { CardView } from './card-view';

export interface ActingActions {
  readonly isPuppet: (cardId: string) => boolean;
  readonly viewOf: (cardId: string) => CardView;
  /** The words a bubble shows and reads: what staff typed, else its card's label. */
  readonly wordsOf: (bubble: Bubble) => string;
  readonly openAdd: (placementId: string) => void;
  readonly openChange: (placementId: string, bubbleId: string) => void;
  readonly removeBubble: (placementId: string, bubble: Bubble) => void;
  readonly readAloud: (bubble: Bubble) => void;
}

export interface UseActingOptions {
  readonly conversation: Conversation;
  readonly library: Library;
  readonly language: string;
  readonly isOffered: boolean;
  readonly viewOf: (cardId: string) => CardView;
  readonly run: (command: StoryCommand, message?: string) => void;
  readonly focusLater: (selector: string) => void;
}

interface Editing {
  readonly placementId: string;
  readonly bubbleId: string | null;
}

export function useActing(options: UseActingOptions): {
  actions: ActingActions | null;
  editor: ReactNode;
} {
  const { conversation, library, language, isOffered, viewOf, run, focusLater } = options;
  const { t } = useContentTranslation('acting');
  const [editing, setEditing] = useState<Editing | null>(null);
  const story = conversation.story;

  /** The puppet's label and step number, for names and announcements. */
  const puppetOf = useCallback(
    (placementId: string) => {
      const found = findPlacement(story, placementId);
      return found
        ? { label: viewOf(found.placement.cardId).label, number: found.frameIndex + 1, found }
        : undefined;
    },
    [story, viewOf],
  );

  const actions = useMemo<ActingActions>(() => {
    const cardSound = (cardId: string | null) =>
      cardId === null ? undefined : library.cards.get(cardId)?.sound;
    const wordsOf = (bubble: Bubble) =>
      bubble.text.trim() || (bubble.cardId === null ? '' : viewOf(bubble.cardId).label);
    return {
      isPuppet: (cardId) => library.cards.get(cardId)?.boardId === STARTER_BOARDS.people,
      viewOf,
      wordsOf,
      openAdd: (placementId) => setEditing({ placementId, bubbleId: null }),
      openChange: (placementId, bubbleId) => setEditing({ placementId, bubbleId }),
      removeBubble: (placementId, bubble) => {
        const puppet = puppetOf(placementId);
        run(
          { type: 'remove-bubble', bubbleId: bubble.id },
          puppet && t('announce.removed', { ...puppet, kind: t(`kindInSentence.${bubble.kind}`) }),
        );
        focusLater(`[data-add-words="${placementId}"]`);
      },
      // Speech starts inside the tap: tablets block speech that starts later. A bubble that
      // shows its card's word plays the card's recording when staff made one.
      readAloud: (bubble) => {
        const sound = bubble.text.trim() === '' ? cardSound(bubble.cardId) : undefined;
        if (sound) void sayCard({ label: wordsOf(bubble), sound }, language);
        else void speak(wordsOf(bubble), language);
      },
    };
  }, [library.cards, viewOf, puppetOf, run, t, focusLater, language]);

  const feelings = useChoices(library, STARTER_BOARDS.feelings, viewOf);
  const phrases = useChoices(library, STARTER_BOARDS.phrases, viewOf);
  const puppet = editing ? puppetOf(editing.placementId) : undefined;
  const bubble = editing?.bubbleId
    ? puppet?.found.placement.bubbles.find((b) => b.id === editing.bubbleId)
    : undefined;

  function submit(draft: BubbleDraft) {
    if (!editing || !puppet) return;
    const names = { label: puppet.label, number: puppet.number };
    if (bubble) {
      const kind = t(`kindInSentence.${bubble.kind}`);
      run(
        { type: 'edit-bubble', bubbleId: bubble.id, text: draft.text, cardId: draft.cardId },
        t('announce.changed', { ...names, kind }),
      );
    } else {
      const kind = t(`kindInSentence.${draft.kind}`);
      run(
        { type: 'add-bubble', placementId: editing.placementId, bubbleId: newId(), ...draft },
        t('announce.added', { ...names, kind }),
      );
    }
    setEditing(null);
  }

  // A puppet or bubble removed meanwhile (another tab, a drag) simply closes the dialog.
  const isGone = !puppet || (editing?.bubbleId != null && !bubble);
  const editor =
    editing && !isGone ? (
      <BubbleEditor
        key={`${editing.placementId}-${editing.bubbleId ?? 'new'}`}
        puppetLabel={puppet.label}
        bubble={bubble ?? null}
        feelings={feelings}
        phrases={phrases}
        onSubmit={submit}
        onCancel={() => setEditing(null)}
      />
    ) : null;
  return { actions: isOffered ? actions : null, editor: isOffered ? editor : null };
}

/** The cards of one board, in the board's order, for the bubble picker. */
function useChoices(
  library: Library,
  boardId: string,
  viewOf: (cardId: string) => CardView,
): readonly CardChoice[] {
  return useMemo(() => {
    const board = library.boards.find((b) => b.id === boardId);
    const ids = board
      ? board.cardIds.filter((id) => library.cards.has(id))
      : [...library.cards.values()].filter((c) => c.boardId === boardId).map((c) => c.id);
    return ids.map((id) => ({ id, view: viewOf(id) }));
  }, [library, boardId, viewOf]);
}
