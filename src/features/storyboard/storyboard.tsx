/**
 * The "What happened?" storyboard, connected to storage. Every gesture — drag, tap-to-place,
 * keyboard — ends in `run(command)`, which writes one StoryCommand and says what happened.
 */
import { useCallback, useMemo, useState } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { newId } from '../../domain/ids';
import type { Story, StoryCommand } from '../../domain/storyboard';
import { isWayOffered } from '../../domain/together';
import { startFrameIn } from '../../domain/together-plan';
import type { Conversation } from '../../domain/types';
import { applyStoryChange, takeOutOfStory } from '../../storage/conversations-repo';
import { markStartStep } from '../../storage/together-plan-repo';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import type { Library } from '../../storage/use-library';
import { LiveRegion } from '../../ui/live-region';
import { UndoNotice } from '../../ui/undo-notice';
import { useAnnouncer } from '../../ui/use-announcer';
import { viewCard, type CardView } from './card-view';
import type { Pick } from './dnd-types';
import { DragPreview } from './drag-preview';
import { PictureTray } from './picture-tray';
import type { FrameActions } from './story-frame';
import { StoryStrip } from './story-strip';
import { useActing } from './use-acting';
import { useEscapeToCancel, usePendingFocus } from './use-pick-keys';
import './storyboard.css';
import { NOT_IN_STORY_TRAY } from '../../domain/starter-content';

export interface StoryboardProps {
  readonly conversation: Conversation;
  readonly library: Library;
  readonly language: string;
  /** Whether people pictures carry speech and thought bubbles; by default the Welcome choice. */
  readonly isActingOffered?: boolean;
}

export function Storyboard({ conversation, library, language, isActingOffered }: StoryboardProps) {
  const { t } = useContentTranslation();
  const [heldPick, setPick] = useState<Pick | null>(null);
  const [announcement, announce] = useAnnouncer();
  const [saveProblem, save] = useSave();
  const focusLater = usePendingFocus();
  const story = conversation.story;
  const startFrameId = startFrameIn(conversation);
  // The last step or picture taken away, until it is put back or its time is up.
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  // A pick whose picture has gone (removed in another tab, say) is simply dropped.
  const pick = heldPick && isStillThere(heldPick, story, library) ? heldPick : null;

  // Strategies and phrases belong to later steps (and bubbles), wherever the storyboard is shown.
  const trayBoards = useMemo(
    () => library.boards.filter((b) => !NOT_IN_STORY_TRAY.includes(b.id)),
    [library.boards],
  );
  const colourOfBoard = useMemo(
    () => new Map(library.boards.map((b) => [b.id, b.colour])),
    [library.boards],
  );
  const viewOf = useCallback(
    (cardId: string): CardView => {
      const card = library.cards.get(cardId);
      return viewCard(
        card,
        language,
        t('story.missingPicture'),
        card ? colourOfBoard.get(card.boardId) : undefined,
      );
    },
    [library.cards, language, t, colourOfBoard],
  );
  const stepNumber = useCallback(
    (frameId: string) => story.findIndex((f) => f.id === frameId) + 1,
    [story],
  );

  const run = useCallback(
    (command: StoryCommand, message?: string) => {
      save(applyStoryChange(conversation.id, command), () => {
        if (message) announce(message);
      });
    },
    [conversation.id, announce, save],
  );

  /** Takes a step or a picture away, and offers to put it back. */
  const runUndoable = useCallback(
    (command: StoryCommand, message: string, undone: string) => {
      const write = takeOutOfStory(conversation.id, command);
      save(write, () => {
        announce(message);
        void write.then((undo) => {
          if (undo) setUndoable({ key: newId(), message, undo, undone });
        });
      });
    },
    [conversation.id, announce, save],
  );

  const actions = useMemo<FrameActions>(() => {
    const dropCard = (cardId: string, frameId: string) => {
      setPick(null);
      run(
        { type: 'place', placementId: newId(), cardId, frameId },
        t('story.announce.placed', { label: viewOf(cardId).label, number: stepNumber(frameId) }),
      );
    };
    const dropPlacement = (placementId: string, frameId: string) => {
      const cardId =
        story.flatMap((f) => f.placements).find((p) => p.id === placementId)?.cardId ?? '';
      setPick(null);
      run(
        { type: 'move', placementId, toFrameId: frameId },
        t('story.announce.moved', { label: viewOf(cardId).label, number: stepNumber(frameId) }),
      );
    };
    return {
      dropCard,
      dropPlacement,
      dropFrame: (frameId, toIndex) => {
        if (toIndex < 0 || toIndex >= story.length) return;
        run(
          { type: 'move-frame', frameId, toIndex },
          t('story.announce.stepMoved', { number: toIndex + 1 }),
        );
      },
      placePick: (frameId) => {
        if (!pick) return;
        if (pick.kind === 'card') {
          dropCard(pick.cardId, frameId);
          focusLater(`[data-tray-card="${pick.cardId}"]`);
        } else {
          dropPlacement(pick.placementId, frameId);
          focusLater(`[data-placement-move="${pick.placementId}"]`);
        }
      },
      pickPlacement: (placementId, cardId) => {
        const isSame = pick?.kind === 'placement' && pick.placementId === placementId;
        setPick(isSame ? null : { kind: 'placement', placementId, cardId });
        announce(
          t(isSame ? 'story.announce.cancelled' : 'story.announce.picked', {
            label: viewOf(cardId).label,
          }),
        );
      },
      removePlacement: (placementId, frameId) => {
        const cardId =
          story.flatMap((f) => f.placements).find((p) => p.id === placementId)?.cardId ?? '';
        if (pick?.kind === 'placement' && pick.placementId === placementId) setPick(null);
        const names = { label: viewOf(cardId).label, number: stepNumber(frameId) };
        runUndoable(
          { type: 'remove', placementId },
          t('story.announce.removed', names),
          t('story.announce.pictureBack', names),
        );
        focusLater(`[data-frame-id="${frameId}"] .frame__caption`);
      },
      deleteFrame: (frameId) => {
        const names = { number: stepNumber(frameId) };
        runUndoable(
          { type: 'delete-frame', frameId },
          t('story.announce.stepDeleted', names),
          t('story.announce.stepBack', names),
        );
        focusLater('.story__add');
      },
      setCaption: (frameId, caption) => run({ type: 'set-caption', frameId, caption }),
      markStart: (frameId) => {
        const isMarking = startFrameId !== frameId;
        save(markStartStep(conversation.id, frameId), () =>
          announce(
            t(isMarking ? 'story.announce.startMarked' : 'story.announce.startUnmarked', {
              number: stepNumber(frameId),
            }),
          ),
        );
      },
    };
  }, [
    run,
    runUndoable,
    t,
    viewOf,
    stepNumber,
    story,
    pick,
    announce,
    focusLater,
    save,
    conversation.id,
    startFrameId,
  ]);

  const pickCard = useCallback(
    (cardId: string) => {
      const isSame = pick?.kind === 'card' && pick.cardId === cardId;
      setPick(isSame ? null : { kind: 'card', cardId });
      announce(
        t(isSame ? 'story.announce.cancelled' : 'story.announce.picked', {
          label: viewOf(cardId).label,
        }),
      );
    },
    [pick, announce, t, viewOf],
  );

  const cancelPick = useCallback(() => {
    if (!pick) return;
    setPick(null);
    announce(t('story.announce.cancelled', { label: viewOf(pick.cardId).label }));
    focusLater(
      pick.kind === 'card'
        ? `[data-tray-card="${pick.cardId}"]`
        : `[data-placement-move="${pick.placementId}"]`,
    );
  }, [pick, announce, t, viewOf, focusLater]);
  useEscapeToCancel(pick !== null, cancelPick);

  const acting = useActing({
    conversation,
    library,
    language,
    isOffered: isActingOffered ?? isWayOffered(conversation, 'puppets'),
    viewOf,
    run,
    focusLater,
  });

  const pickLabel = pick ? viewOf(pick.cardId).label : undefined;
  const addStep = () =>
    run(
      { type: 'add-frame', frameId: newId() },
      t('story.announce.stepAdded', { number: story.length + 1 }),
    );

  const undoNotice = undoable ? (
    <UndoNotice
      key={undoable.key}
      message={undoable.message}
      undoLabel={t('story.undo')}
      onUndo={() => {
        setUndoable(null);
        run(undoable.undo, undoable.undone);
        focusLater('.story__add');
      }}
      onExpire={() => setUndoable(null)}
    />
  ) : null;

  return (
    <div className={`storyboard${pick ? ' is-placing' : ''}`}>
      <div className="storyboard__story">
        <SaveProblemNotice problem={saveProblem} />
        <p className="storyboard__hint">
          {pickLabel !== undefined
            ? t('story.placingHint', { label: pickLabel })
            : t('story.pickHint')}
        </p>
        <StoryStrip
          story={story}
          pick={pick}
          pickLabel={pickLabel}
          viewOf={viewOf}
          actions={actions}
          onAddStep={addStep}
          acting={acting.actions}
          startFrameId={startFrameId}
          undo={undoNotice}
        />
      </div>
      <PictureTray
        boards={trayBoards}
        cards={library.cards}
        language={language}
        pick={pick}
        onPickCard={pickCard}
      />
      <DragPreview viewOf={viewOf} />
      {acting.editor}
      <LiveRegion announcement={announcement} />
    </div>
  );
}

interface Undoable {
  /** A new notice (and a new time) for each thing taken away. */
  readonly key: string;
  readonly message: string;
  readonly undo: StoryCommand;
  /** Said once it is back. */
  readonly undone: string;
}

function isStillThere(pick: Pick, story: Story, library: Library): boolean {
  return pick.kind === 'card'
    ? library.cards.has(pick.cardId)
    : story.some((f) => f.placements.some((p) => p.id === pick.placementId));
}
