import { describe, expect, it } from 'vitest';
import { checkRecord } from './record-check';
import { makeConversation, makePerson } from './records';
import { TEXT_LIMITS } from './text-limits';
import { EMPTY_WELCOME } from './types';

const conversation = makeConversation({
  id: 'c1',
  personId: 'p1',
  firstFrameId: 'f1',
  status: 'in-progress',
  time: 5,
});

/** The conversation as a plain stored row, with `change` applied. */
function row(change: (r: Record<string, unknown>) => void = () => undefined) {
  const copy = structuredClone(conversation) as unknown as Record<string, unknown>;
  change(copy);
  return copy;
}

describe('checking a record read from the database', () => {
  it('passes a well-formed record as it is, the same object', () => {
    const check = checkRecord('conversations', conversation);
    expect(check).toEqual({ outcome: 'ok', record: conversation });
    if (check.outcome === 'ok') expect(check.record).toBe(conversation);
    expect(checkRecord('people', makePerson('p1', 'Sam', 'en', 1)).outcome).toBe('ok');
  });

  it('mends a missing or wrong list, choice or text to its empty value, and says where', () => {
    const check = checkRecord(
      'conversations',
      row((r) => {
        delete r['feelings'];
        r['welcome'] = 'yes';
        r['staffNotes'] = 42;
        r['step'] = 'somewhere';
      }),
    );
    expect(check).toMatchObject({
      outcome: 'mended',
      record: {
        ...conversation,
        feelings: [],
        welcome: EMPTY_WELCOME,
        staffNotes: '',
        step: 'welcome',
      },
    });
    expect(check).toMatchObject({
      problem: 'step: picklist; welcome: strict_object; feelings: missing; …',
    });
  });

  it('cuts a text or list over its limit, and leaves out only the list items it cannot read', () => {
    const long = 'a'.repeat(TEXT_LIMITS.commitmentNote + 5);
    const check = checkRecord(
      'conversations',
      row((r) => {
        r['commitmentNote'] = long;
        r['strategies'] = ['s1', 7, 's2'];
        r['commitments'] = ['listenFirst', 'shout'];
      }),
    );
    expect(check.outcome).toBe('mended');
    if (check.outcome !== 'mended') return;
    expect(check.record.commitmentNote).toHaveLength(TEXT_LIMITS.commitmentNote);
    expect(check.record.strategies).toEqual(['s1', 's2']);
    expect(check.record.commitments).toEqual(['listenFirst']);
  });

  it('mends a part deep inside: a bubble list missing from a placement', () => {
    const check = checkRecord(
      'conversations',
      row((r) => {
        r['story'] = [{ id: 'f1', caption: 'At lunch', placements: [{ id: 'p', cardId: 'x' }] }];
      }),
    );
    expect(check.outcome).toBe('mended');
    if (check.outcome !== 'mended') return;
    expect(check.record.story).toEqual([
      { id: 'f1', caption: 'At lunch', placements: [{ id: 'p', cardId: 'x', bubbles: [] }] },
    ]);
  });

  it('mends a person’s missing flags to the defaults and a wrong stamp away', () => {
    const person = { ...makePerson('p1', 'Sam', 'en', 1), stamp: 'not a stamp' };
    const check = checkRecord('people', {
      ...person,
      communication: { symbols: false, photos: 'yes' },
    });
    expect(check).toMatchObject({
      outcome: 'mended',
      record: { communication: { symbols: false, photos: true, readsText: false, speech: true } },
    });
    if (check.outcome === 'mended') expect(check.record.stamp).toBeUndefined();
  });

  it('sets aside what has no empty value: no id, no person, no status, not a record', () => {
    const noId = row((r) => delete r['id']);
    const emptyId = row((r) => (r['id'] = ''));
    const noPerson = row((r) => delete r['personId']);
    const badStatus = row((r) => (r['status'] = 'lost'));
    for (const input of [noId, emptyId, noPerson, badStatus, null, 'c1', [conversation]]) {
      expect(checkRecord('conversations', input).outcome).toBe('set-aside');
    }
    expect(checkRecord('conversations', noPerson)).toMatchObject({ problem: 'personId: missing' });
    expect(checkRecord('conversations', null)).toMatchObject({
      problem: '(record): strict_object',
    });
  });

  it('sets aside a record with a field this version does not know, rather than drop it', () => {
    expect(
      checkRecord(
        'conversations',
        row((r) => (r['payload'] = 'sealed')),
      ),
    ).toEqual({
      outcome: 'set-aside',
      problem: 'payload: unknown',
    });
    const innerUnknown = row((r) => {
      r['welcome'] = { ...EMPTY_WELCOME, mood: 'calm' };
    });
    expect(checkRecord('conversations', innerUnknown).outcome).toBe('set-aside');
  });

  it('never names a value in the problem, only fields and kinds of issue', () => {
    const check = checkRecord('people', { ...makePerson('p1', 'Sam', 'en', 1), language: 3 });
    expect(check).toMatchObject({ outcome: 'mended', problem: 'language: string' });
  });
});
