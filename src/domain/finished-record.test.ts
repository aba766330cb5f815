import { describe, expect, it } from 'vitest';
import { addNote, draftNote, keepFinishedRecord } from './finished-record';
import { makeConversation } from './records';
import type { Conversation } from './types';

const newConversation = (id: string): Conversation =>
  makeConversation({ id, personId: 'p1', firstFrameId: 'f1', status: 'in-progress', time: 1_000 });

function finished(): Conversation {
  const open = newConversation('c1');
  return {
    ...open,
    status: 'completed',
    completedAt: 2_000,
    staffNotes: 'Calm afterwards.',
    strategies: ['strategy-ask-break'],
    positive: { activityId: 'starter-football', plannedFor: '2026-12-05', doneAt: null },
  };
}

describe('a finished record', () => {
  it('keeps what was said and chosen', () => {
    const c = finished();
    expect(keepFinishedRecord(c, { ...c, strategies: [], staffNotes: 'Changed.' })).toBe(c);
    expect(keepFinishedRecord(c, { ...c, story: [], status: 'in-progress' })).toBe(c);
  });

  it('takes whether the activity happened, the note being written and where the screen is', () => {
    const c = finished();
    const changed = {
      ...c,
      strategies: [],
      step: 'welcome' as const,
      positive: { activityId: 'starter-cooking', plannedFor: '', doneAt: 3_000 },
      noteDraft: 'Later',
    };
    expect(keepFinishedRecord(c, changed)).toEqual({
      ...c,
      step: 'welcome',
      positive: { ...c.positive, doneAt: 3_000 },
      noteDraft: 'Later',
    });
  });

  it('changes freely while the conversation is open', () => {
    const open = newConversation('c1');
    const changed = { ...open, strategies: ['strategy-ask-break'] };
    expect(keepFinishedRecord(open, changed)).toBe(changed);
  });

  it('adds a note with its time and the staff name, and only once there is one', () => {
    const c = finished();
    const stamp = { id: 'a1', at: 5_000, actor: 'Priya' };
    expect(addNote(c, stamp)).toBe(c);
    const drafted = draftNote(c, '  Asked to see the story again.  ');
    const added = addNote(drafted, stamp);
    expect(added.additions).toEqual([{ ...stamp, text: 'Asked to see the story again.' }]);
    expect(added.noteDraft).toBe('');
    expect(added.staffNotes).toBe('Calm afterwards.');
    // An open conversation has its own notes: nothing is added to it.
    const open = newConversation('c2');
    expect(addNote(draftNote(open, 'x'), stamp)).toBe(open);
  });
});
