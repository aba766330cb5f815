import { describe, expect, it } from 'vitest';
import { applyStoryCommand, MAX_BUBBLE_LENGTH, type Story } from './storyboard';

const story: Story = [
  { id: 'f1', caption: '', placements: [{ id: 'p1', cardId: 'starter-teacher', bubbles: [] }] },
  { id: 'f2', caption: '', placements: [] },
];

const withBubble = applyStoryCommand(story, {
  type: 'add-bubble',
  placementId: 'p1',
  bubbleId: 'b1',
  kind: 'they-said',
  text: 'Stop',
  cardId: 'phrase-stop',
});

describe('speech and thought bubbles in the story', () => {
  it('adds a bubble to a placed picture', () => {
    expect(withBubble[0]?.placements[0]?.bubbles).toEqual([
      { id: 'b1', kind: 'they-said', text: 'Stop', cardId: 'phrase-stop' },
    ]);
    expect(story[0]?.placements[0]?.bubbles).toEqual([]);
  });

  it('ignores a bubble for a missing picture or with an id already used', () => {
    const base = { type: 'add-bubble', kind: 'i-said', text: 'x', cardId: null } as const;
    expect(applyStoryCommand(story, { ...base, placementId: 'gone', bubbleId: 'b2' })).toBe(story);
    expect(applyStoryCommand(withBubble, { ...base, placementId: 'p1', bubbleId: 'b1' })).toBe(
      withBubble,
    );
  });

  it('keeps at most MAX_BUBBLE_LENGTH characters, when adding and when editing', () => {
    const long = 'a'.repeat(MAX_BUBBLE_LENGTH + 50);
    const added = applyStoryCommand(story, {
      type: 'add-bubble',
      placementId: 'p1',
      bubbleId: 'b2',
      kind: 'i-thought',
      text: long,
      cardId: null,
    });
    expect(added[0]?.placements[0]?.bubbles[0]?.text).toHaveLength(MAX_BUBBLE_LENGTH);
    const edited = applyStoryCommand(withBubble, {
      type: 'edit-bubble',
      bubbleId: 'b1',
      text: long,
      cardId: null,
    });
    expect(edited[0]?.placements[0]?.bubbles[0]).toEqual({
      id: 'b1',
      kind: 'they-said',
      text: 'a'.repeat(MAX_BUBBLE_LENGTH),
      cardId: null,
    });
  });

  it('returns the same story for an edit that changes nothing or names no bubble', () => {
    const same = { type: 'edit-bubble', text: 'Stop', cardId: 'phrase-stop' } as const;
    expect(applyStoryCommand(withBubble, { ...same, bubbleId: 'b1' })).toBe(withBubble);
    expect(applyStoryCommand(withBubble, { ...same, bubbleId: 'nope' })).toBe(withBubble);
  });

  it('removes one bubble, and a missing one changes nothing', () => {
    const removed = applyStoryCommand(withBubble, { type: 'remove-bubble', bubbleId: 'b1' });
    expect(removed[0]?.placements[0]?.bubbles).toEqual([]);
    expect(applyStoryCommand(withBubble, { type: 'remove-bubble', bubbleId: 'nope' })).toBe(
      withBubble,
    );
  });

  it('moves a puppet with its bubbles, and removing the picture removes them', () => {
    const moved = applyStoryCommand(withBubble, {
      type: 'move',
      placementId: 'p1',
      toFrameId: 'f2',
    });
    expect(moved[1]?.placements[0]?.bubbles).toHaveLength(1);
    const removed = applyStoryCommand(moved, { type: 'remove', placementId: 'p1' });
    expect(removed.flatMap((f) => f.placements)).toEqual([]);
  });
});
