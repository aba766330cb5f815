import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandOf,
  bandsIn,
  changesBetween,
  compareItems,
  makePlan,
  planAtVersion,
  recordShared,
  replayVersions,
  saveVersion,
  sharedWith,
  versionAt,
  type NewVersion,
} from './plan';
import { PLAN_SECTIONS, type Plan, type PlanItem } from './types';

const item = (id: string, words: string, section: PlanItem['section'] = 'triggers'): PlanItem => ({
  id,
  section,
  words,
  picture: { kind: 'symbol', symbol: '1F50A' },
});

let n = 0;
const meta = (at: number, conversationId: string | null = null): NewVersion => {
  n += 1;
  return { id: `v${n}`, at, actor: 'Alex', reason: 'After the talk', conversationId };
};

describe('support plan versions', () => {
  it('numbers each saved version, keeps who, when, why and from which conversation', () => {
    let plan = makePlan('plan', 'p1', 1);
    plan = saveVersion(plan, [item('a', 'loud noise')], meta(10, 'c1'));
    plan = saveVersion(plan, [item('a', 'loud noise'), item('b', 'crowds')], meta(20));
    expect(plan.versions.map((v) => [v.number, v.at, v.actor, v.conversationId])).toEqual([
      [1, 10, 'Alex', 'c1'],
      [2, 20, 'Alex', null],
    ]);
    expect(plan.items.map((i) => i.words)).toEqual(['loud noise', 'crowds']);
  });

  it('keeps no empty version when nothing changed', () => {
    const plan = saveVersion(makePlan('plan', 'p1', 1), [item('a', 'loud')], meta(10));
    expect(saveVersion(plan, [item('a', 'loud')], meta(20))).toBe(plan);
  });

  it('shows the plan as it stood after any version, and on any day', () => {
    let plan = makePlan('plan', 'p1', 1);
    plan = saveVersion(plan, [item('a', 'loud')], meta(10));
    plan = saveVersion(plan, [item('a', 'very loud'), item('b', 'crowds')], meta(20));
    plan = saveVersion(plan, [item('b', 'crowds')], meta(30));
    expect(planAtVersion(plan, 1).map((i) => i.words)).toEqual(['loud']);
    expect(planAtVersion(plan, 2).map((i) => i.words)).toEqual(['very loud', 'crowds']);
    expect(versionAt(plan, 25)?.number).toBe(2);
    expect(versionAt(plan, 5)).toBeNull();
  });

  it('a version keeps the words and picture it showed, whatever changes later', () => {
    let plan = saveVersion(makePlan('plan', 'p1', 1), [item('a', 'loud')], meta(10));
    plan = saveVersion(
      plan,
      [{ ...item('a', 'loud'), picture: { kind: 'media', mediaId: 'photo-1' } }],
      meta(20),
    );
    expect(planAtVersion(plan, 1)[0]?.picture).toEqual({ kind: 'symbol', symbol: '1F50A' });
  });

  it('property: replaying every version from empty gives the plan as saved', () => {
    const section = fc.constantFrom(...PLAN_SECTIONS);
    const items = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
        section,
        words: fc.constantFrom('loud', 'crowds', 'ask for a break', 'music'),
        picture: fc.option(
          fc.constantFrom(
            { kind: 'symbol' as const, symbol: '1F50A' },
            { kind: 'media' as const, mediaId: 'm1' },
          ),
          { nil: null },
        ),
      }),
      { selector: (i) => i.id, maxLength: 7 },
    );
    fc.assert(
      fc.property(fc.array(items, { maxLength: 12 }), (edits) => {
        let plan: Plan = makePlan('plan', 'p1', 1);
        edits.forEach((after, i) => {
          plan = saveVersion(plan, after, meta(i + 2));
          // Each saved plan holds what was asked for (added items go at the end).
          expect(new Set(plan.items.map((x) => x.id))).toEqual(new Set(after.map((x) => x.id)));
        });
        expect(replayVersions(plan.versions)).toEqual(plan.items);
        plan.versions.forEach((version, i) => {
          expect(version.number).toBe(i + 1);
          expect(version.changes.length).toBeGreaterThan(0);
        });
      }),
    );
  });
});

describe('Compare versions', () => {
  it('says per section what was added, removed and changed', () => {
    const before = [item('a', 'loud'), item('b', 'crowds'), item('c', 'music', 'proactive')];
    const after = [
      item('a', 'very loud'),
      item('c', 'music', 'proactive'),
      item('d', 'ask for a break', 'deescalation'),
      item('e', 'waiting', 'triggers'),
    ];
    expect(compareItems(before, after)).toEqual([
      {
        section: 'triggers',
        added: [item('e', 'waiting')],
        removed: [item('b', 'crowds')],
        changed: [{ before: item('a', 'loud'), after: item('a', 'very loud') }],
      },
      {
        section: 'deescalation',
        added: [item('d', 'ask for a break', 'deescalation')],
        removed: [],
        changed: [],
      },
    ]);
  });

  it('finds nothing between a version and itself, and the changes between two are minimal', () => {
    const items = [item('a', 'loud'), item('b', 'crowds')];
    expect(compareItems(items, items)).toEqual([]);
    expect(changesBetween(items, [items[1]!])).toEqual([{ op: 'remove', itemId: 'a' }]);
  });
});

describe('who has seen it', () => {
  it('says when the plan changed since it was last shared with someone', () => {
    let plan = saveVersion(makePlan('plan', 'p1', 1), [item('a', 'loud')], meta(10));
    const shared = (audience: 'family' | 'staff', at: number) => ({
      id: `s${at}`,
      versionNumber: plan.versions.length,
      output: 'family' as const,
      audience,
      how: 'print' as const,
      at,
      actor: 'Alex',
    });
    plan = recordShared(plan, shared('family', 11));
    plan = recordShared(plan, shared('staff', 12));
    expect(sharedWith(plan).map((s) => [s.audience, s.isChangedSince])).toEqual([
      ['staff', false],
      ['family', false],
    ]);
    plan = saveVersion(plan, [item('a', 'loud'), item('b', 'crowds')], meta(20));
    plan = recordShared(plan, shared('staff', 21));
    expect(sharedWith(plan).map((s) => [s.audience, s.isChangedSince])).toEqual([
      ['staff', false],
      ['family', true],
    ]);
  });
});

describe('colour bands', () => {
  it('groups the sections into the scheme’s bands, each with a picture, and swaps green and yellow', () => {
    const three = { scheme: 'three', isGreenYellowSwapped: false } as const;
    expect(bandsIn(three).map((b) => b.band)).toEqual(['calm', 'upset', 'after']);
    expect(bandsIn({ ...three, scheme: 'four' }).map((b) => b.band)).toEqual([
      'calm',
      'signs',
      'upset',
      'after',
    ]);
    expect(bandsIn({ ...three, scheme: 'six' })).toHaveLength(6);
    expect(bandOf(three, 'proactive')).toMatchObject({ colour: 'green', symbol: '263A' });
    expect(bandOf({ ...three, isGreenYellowSwapped: true }, 'proactive')?.colour).toBe('yellow');
    expect(bandOf({ scheme: 'four', isGreenYellowSwapped: true }, 'earlySigns')?.colour).toBe(
      'green',
    );
    expect(bandOf(three, 'sharedWith')).toBeNull();
  });
});
