/**
 * The storyboard as a command model. Drag, tap-to-place, keyboard and switch access all turn a
 * gesture into one of these commands; `applyStoryCommand` is the only place a story changes.
 * Commands carry any new ids so the function stays pure and replayable.
 */
import type { Bubble, BubbleKind, Frame, Placement } from './types';
import { TEXT_LIMITS } from './text-limits';

export type StoryCommand =
  | {
      readonly type: 'place';
      readonly placementId: string;
      readonly cardId: string;
      readonly frameId: string;
      readonly index?: number;
    }
  | {
      readonly type: 'move';
      readonly placementId: string;
      readonly toFrameId: string;
      readonly toIndex?: number;
    }
  | { readonly type: 'remove'; readonly placementId: string }
  | { readonly type: 'add-frame'; readonly frameId: string; readonly atIndex?: number }
  | { readonly type: 'delete-frame'; readonly frameId: string }
  | { readonly type: 'move-frame'; readonly frameId: string; readonly toIndex: number }
  | { readonly type: 'set-caption'; readonly frameId: string; readonly caption: string }
  | {
      readonly type: 'add-bubble';
      readonly placementId: string;
      readonly bubbleId: string;
      readonly kind: BubbleKind;
      readonly text: string;
      readonly cardId: string | null;
    }
  | {
      readonly type: 'edit-bubble';
      readonly bubbleId: string;
      readonly text: string;
      readonly cardId: string | null;
    }
  | { readonly type: 'remove-bubble'; readonly bubbleId: string }
  /** Undo of "delete-frame": the step as it was, back where it was. */
  | { readonly type: 'restore-frame'; readonly frame: Frame; readonly atIndex: number }
  /** Undo of "remove": the picture as it was (with its bubbles), back where it was. */
  | {
      readonly type: 'restore-placement';
      readonly frameId: string;
      readonly placement: Placement;
      readonly index: number;
    };

export type Story = readonly Frame[];

/** Longest caption kept; a frame caption is a short line, not a report. */
export const MAX_CAPTION_LENGTH = TEXT_LIMITS.caption;

/** Longest words kept in one speech or thought bubble. */
export const MAX_BUBBLE_LENGTH = TEXT_LIMITS.bubble;

export function createFrame(frameId: string): Frame {
  return { id: frameId, caption: '', placements: [] };
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

function insertAt<T>(items: readonly T[], index: number | undefined, item: T): T[] {
  const copy = [...items];
  copy.splice(clampIndex(index, copy.length), 0, item);
  return copy;
}

export function findPlacement(
  story: Story,
  placementId: string,
): { frameIndex: number; index: number; placement: Placement } | undefined {
  for (const [frameIndex, frame] of story.entries()) {
    const index = frame.placements.findIndex((p) => p.id === placementId);
    const placement = frame.placements[index];
    if (placement) return { frameIndex, index, placement };
  }
  return undefined;
}

function updateFrame(story: Story, frameId: string, change: (frame: Frame) => Frame): Story {
  if (!story.some((f) => f.id === frameId)) return story;
  return story.map((f) => (f.id === frameId ? change(f) : f));
}

function withoutPlacement(story: Story, placementId: string): Story {
  return story.map((f) =>
    f.placements.some((p) => p.id === placementId)
      ? { ...f, placements: f.placements.filter((p) => p.id !== placementId) }
      : f,
  );
}

function moveFrame(story: Story, frameId: string, toIndex: number): Story {
  const from = story.findIndex((f) => f.id === frameId);
  const frame = story[from];
  if (!frame) return story;
  const rest = story.filter((f) => f.id !== frameId);
  return insertAt(rest, toIndex, frame);
}

/**
 * Returns the story after `command`. A command that names a frame or placement that does not
 * exist (a stale drag, a double tap) returns the same story object, so callers can skip the write.
 */
export function applyStoryCommand(story: Story, command: StoryCommand): Story {
  switch (command.type) {
    case 'place': {
      const placement: Placement = {
        id: command.placementId,
        cardId: command.cardId,
        bubbles: [],
      };
      return updateFrame(story, command.frameId, (f) => ({
        ...f,
        placements: insertAt(f.placements, command.index, placement),
      }));
    }
    case 'move': {
      const found = findPlacement(story, command.placementId);
      if (!found || !story.some((f) => f.id === command.toFrameId)) return story;
      const moved = updateFrame(
        withoutPlacement(story, command.placementId),
        command.toFrameId,
        (f) => ({
          ...f,
          placements: insertAt(f.placements, command.toIndex, found.placement),
        }),
      );
      return sameStory(story, moved) ? story : moved;
    }
    case 'remove':
      return findPlacement(story, command.placementId)
        ? withoutPlacement(story, command.placementId)
        : story;
    case 'add-frame':
      if (story.some((f) => f.id === command.frameId)) return story;
      return insertAt(story, command.atIndex, createFrame(command.frameId));
    case 'delete-frame':
      return story.some((f) => f.id === command.frameId)
        ? story.filter((f) => f.id !== command.frameId)
        : story;
    case 'move-frame': {
      const moved = moveFrame(story, command.frameId, command.toIndex);
      return sameStory(story, moved) ? story : moved;
    }
    case 'set-caption': {
      const caption = command.caption.slice(0, MAX_CAPTION_LENGTH);
      const frame = story.find((f) => f.id === command.frameId);
      if (!frame || frame.caption === caption) return story;
      return updateFrame(story, command.frameId, (f) => ({ ...f, caption }));
    }
    case 'add-bubble': {
      const found = findPlacement(story, command.placementId);
      if (!found || findBubble(story, command.bubbleId)) return story;
      const bubble: Bubble = {
        id: command.bubbleId,
        kind: command.kind,
        text: command.text.slice(0, MAX_BUBBLE_LENGTH),
        cardId: command.cardId,
      };
      return updatePlacement(story, command.placementId, (p) => ({
        ...p,
        bubbles: [...p.bubbles, bubble],
      }));
    }
    case 'edit-bubble': {
      const text = command.text.slice(0, MAX_BUBBLE_LENGTH);
      const bubble = findBubble(story, command.bubbleId);
      if (!bubble || (bubble.text === text && bubble.cardId === command.cardId)) return story;
      return updateBubbles(story, (b) =>
        b.id === command.bubbleId ? { ...b, text, cardId: command.cardId } : b,
      );
    }
    case 'restore-frame':
      if (story.some((f) => f.id === command.frame.id)) return story;
      return insertAt(story, command.atIndex, command.frame);
    case 'restore-placement':
      if (findPlacement(story, command.placement.id)) return story;
      return updateFrame(story, command.frameId, (f) => ({
        ...f,
        placements: insertAt(f.placements, command.index, command.placement),
      }));
    case 'remove-bubble':
      return findBubble(story, command.bubbleId)
        ? story.map((f) => ({
            ...f,
            placements: f.placements.map((p) =>
              p.bubbles.some((b) => b.id === command.bubbleId)
                ? { ...p, bubbles: p.bubbles.filter((b) => b.id !== command.bubbleId) }
                : p,
            ),
          }))
        : story;
  }
}

/**
 * The command that puts back what `command` takes away from `story` — a step or a picture — or
 * null when it takes nothing away (only those two can be undone; the rest are put right by hand).
 */
export function undoOf(story: Story, command: StoryCommand): StoryCommand | null {
  if (command.type === 'delete-frame') {
    const atIndex = story.findIndex((f) => f.id === command.frameId);
    const frame = story[atIndex];
    return frame ? { type: 'restore-frame', frame, atIndex } : null;
  }
  if (command.type === 'remove') {
    const found = findPlacement(story, command.placementId);
    const frame = found ? story[found.frameIndex] : undefined;
    if (!found || !frame) return null;
    return {
      type: 'restore-placement',
      frameId: frame.id,
      placement: found.placement,
      index: found.index,
    };
  }
  return null;
}

export function findBubble(story: Story, bubbleId: string): Bubble | undefined {
  for (const frame of story) {
    for (const placement of frame.placements) {
      const bubble = placement.bubbles.find((b) => b.id === bubbleId);
      if (bubble) return bubble;
    }
  }
  return undefined;
}

function updatePlacement(
  story: Story,
  placementId: string,
  change: (placement: Placement) => Placement,
): Story {
  return story.map((f) =>
    f.placements.some((p) => p.id === placementId)
      ? { ...f, placements: f.placements.map((p) => (p.id === placementId ? change(p) : p)) }
      : f,
  );
}

function updateBubbles(story: Story, change: (bubble: Bubble) => Bubble): Story {
  return story.map((f) => ({
    ...f,
    placements: f.placements.map((p) =>
      p.bubbles.length === 0 ? p : { ...p, bubbles: p.bubbles.map(change) },
    ),
  }));
}

/** True when both stories have the same frames in the same order with the same placements. */
export function sameStory(a: Story, b: Story): boolean {
  return (
    a.length === b.length &&
    a.every((frame, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        frame.id === other.id &&
        frame.caption === other.caption &&
        frame.placements.length === other.placements.length &&
        frame.placements.every((p, j) => p.id === other.placements[j]?.id)
      );
    })
  );
}
