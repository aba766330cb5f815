import { describe, expect, it } from 'vitest';
import {
  applyStoryCommand,
  createFrame,
  findPlacement,
  MAX_CAPTION_LENGTH,
  type Story,
  undoOf,
} from './storyboard';

const twoFrames: Story = [
  {
    id: 'f1',
    caption: '',
    placements: [
      { id: 'p1', cardId: 'angry', bubbles: [] },
      { id: 'p2', cardId: 'shout', bubbles: [] },
    ],
  },
  { id: 'f2', caption: 'then', placements: [] },
];

const cardsIn = (story: Story) => story.map((f) => f.placements.map((p) => p.cardId));

describe('applyStoryCommand', () => {
  it('places a picture at the end of a step by default', () => {
    const next = applyStoryCommand(twoFrames, {
      type: 'place',
      placementId: 'p3',
      cardId: 'teacher',
      frameId: 'f2',
    });
    expect(cardsIn(next)).toEqual([['angry', 'shout'], ['teacher']]);
  });

  it('places a picture at a given position and clamps positions out of range', () => {
    const first = applyStoryCommand(twoFrames, {
      type: 'place',
      placementId: 'p3',
      cardId: 'teacher',
      frameId: 'f1',
      index: 0,
    });
    expect(cardsIn(first)[0]).toEqual(['teacher', 'angry', 'shout']);
    const clamped = applyStoryCommand(twoFrames, {
      type: 'place',
      placementId: 'p3',
      cardId: 'teacher',
      frameId: 'f1',
      index: 99,
    });
    expect(cardsIn(clamped)[0]).toEqual(['angry', 'shout', 'teacher']);
  });

  it('allows the same picture twice, as two placements', () => {
    const next = applyStoryCommand(twoFrames, {
      type: 'place',
      placementId: 'p3',
      cardId: 'angry',
      frameId: 'f1',
    });
    expect(cardsIn(next)[0]).toEqual(['angry', 'shout', 'angry']);
  });

  it('ignores a place into a step that no longer exists', () => {
    expect(
      applyStoryCommand(twoFrames, {
        type: 'place',
        placementId: 'p3',
        cardId: 'x',
        frameId: 'gone',
      }),
    ).toBe(twoFrames);
  });

  it('moves a picture to another step, keeping its placement id', () => {
    const next = applyStoryCommand(twoFrames, { type: 'move', placementId: 'p1', toFrameId: 'f2' });
    expect(cardsIn(next)).toEqual([['shout'], ['angry']]);
    expect(findPlacement(next, 'p1')?.frameIndex).toBe(1);
  });

  it('reorders a picture inside its own step', () => {
    const next = applyStoryCommand(twoFrames, {
      type: 'move',
      placementId: 'p2',
      toFrameId: 'f1',
      toIndex: 0,
    });
    expect(cardsIn(next)[0]).toEqual(['shout', 'angry']);
  });

  it('returns the same story for a move that changes nothing or names nothing', () => {
    expect(applyStoryCommand(twoFrames, { type: 'move', placementId: 'p2', toFrameId: 'f1' })).toBe(
      twoFrames,
    );
    expect(
      applyStoryCommand(twoFrames, { type: 'move', placementId: 'nope', toFrameId: 'f2' }),
    ).toBe(twoFrames);
    expect(
      applyStoryCommand(twoFrames, { type: 'move', placementId: 'p1', toFrameId: 'nope' }),
    ).toBe(twoFrames);
  });

  it('removes a picture and leaves the others', () => {
    const next = applyStoryCommand(twoFrames, { type: 'remove', placementId: 'p1' });
    expect(cardsIn(next)).toEqual([['shout'], []]);
    expect(applyStoryCommand(next, { type: 'remove', placementId: 'p1' })).toBe(next);
  });

  it('adds a step at the end or at a position, once per id', () => {
    const end = applyStoryCommand(twoFrames, { type: 'add-frame', frameId: 'f3' });
    expect(end.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
    const start = applyStoryCommand(twoFrames, { type: 'add-frame', frameId: 'f0', atIndex: 0 });
    expect(start.map((f) => f.id)).toEqual(['f0', 'f1', 'f2']);
    expect(applyStoryCommand(end, { type: 'add-frame', frameId: 'f3' })).toBe(end);
  });

  it('deletes a step with its pictures', () => {
    const next = applyStoryCommand(twoFrames, { type: 'delete-frame', frameId: 'f1' });
    expect(next.map((f) => f.id)).toEqual(['f2']);
    expect(findPlacement(next, 'p1')).toBeUndefined();
  });

  it('reorders steps', () => {
    const three = applyStoryCommand(twoFrames, { type: 'add-frame', frameId: 'f3' });
    expect(
      applyStoryCommand(three, { type: 'move-frame', frameId: 'f3', toIndex: 0 }).map((f) => f.id),
    ).toEqual(['f3', 'f1', 'f2']);
    expect(
      applyStoryCommand(three, { type: 'move-frame', frameId: 'f1', toIndex: 1 }).map((f) => f.id),
    ).toEqual(['f2', 'f1', 'f3']);
    expect(applyStoryCommand(three, { type: 'move-frame', frameId: 'f1', toIndex: 0 })).toBe(three);
  });

  it('sets a caption, trimmed to the maximum length', () => {
    const next = applyStoryCommand(twoFrames, {
      type: 'set-caption',
      frameId: 'f1',
      caption: 'at lunch',
    });
    expect(next[0]?.caption).toBe('at lunch');
    const long = applyStoryCommand(twoFrames, {
      type: 'set-caption',
      frameId: 'f1',
      caption: 'x'.repeat(500),
    });
    expect(long[0]?.caption).toHaveLength(MAX_CAPTION_LENGTH);
    expect(
      applyStoryCommand(twoFrames, { type: 'set-caption', frameId: 'f2', caption: 'then' }),
    ).toBe(twoFrames);
  });

  it('never changes the story it was given', () => {
    const frozen = JSON.stringify(twoFrames);
    applyStoryCommand(twoFrames, { type: 'move', placementId: 'p1', toFrameId: 'f2' });
    applyStoryCommand(twoFrames, { type: 'delete-frame', frameId: 'f2' });
    expect(JSON.stringify(twoFrames)).toBe(frozen);
  });

  it('creates empty frames', () => {
    expect(createFrame('a')).toEqual({ id: 'a', caption: '', placements: [] });
  });
});

describe('undoOf', () => {
  it('puts a deleted step back where it was, with its words and pictures', () => {
    const command = { type: 'delete-frame', frameId: 'f1' } as const;
    const undo = undoOf(twoFrames, command);
    const deleted = applyStoryCommand(twoFrames, command);
    expect(undo).not.toBeNull();
    if (!undo) return;
    expect(applyStoryCommand(deleted, undo)).toEqual(twoFrames);
    // Twice is once: the step is already back.
    const restored = applyStoryCommand(deleted, undo);
    expect(applyStoryCommand(restored, undo)).toBe(restored);
  });

  it('puts a removed picture back in its step and place, bubbles included', () => {
    const withBubble: Story = applyStoryCommand(twoFrames, {
      type: 'add-bubble',
      placementId: 'p1',
      bubbleId: 'b1',
      kind: 'i-said',
      text: 'Stop',
      cardId: null,
    });
    const command = { type: 'remove', placementId: 'p1' } as const;
    const undo = undoOf(withBubble, command);
    if (!undo) throw new Error('no undo');
    const removed = applyStoryCommand(withBubble, command);
    expect(cardsIn(removed)).toEqual([['shout'], []]);
    expect(applyStoryCommand(removed, undo)).toEqual(withBubble);
  });

  it('has nothing to undo for a step or picture that is not there, or for other changes', () => {
    expect(undoOf(twoFrames, { type: 'delete-frame', frameId: 'gone' })).toBeNull();
    expect(undoOf(twoFrames, { type: 'remove', placementId: 'gone' })).toBeNull();
    expect(undoOf(twoFrames, { type: 'add-frame', frameId: 'f3' })).toBeNull();
  });

  it('puts nothing back into a step that was deleted since', () => {
    const undo = undoOf(twoFrames, { type: 'remove', placementId: 'p1' });
    if (!undo) throw new Error('no undo');
    const gone = applyStoryCommand(twoFrames, { type: 'delete-frame', frameId: 'f1' });
    expect(applyStoryCommand(gone, undo)).toBe(gone);
  });
});
