/**
 * The rules of a support plan (issue 11). A plan is its versions: each saved change is a new
 * version holding what changed (items added, changed or removed), so replaying every version
 * from empty gives the plan as it stands, and replaying the first n gives it as it stood then.
 * The record also keeps that result (`items`) so a plan opens without replaying; saving goes
 * through `saveVersion` alone, which keeps the two the same. A version holds each item's words
 * and picture as they were, so a card edited later does not rewrite history.
 */
import type {
  Plan,
  PlanAudience,
  PlanBands,
  PlanChange,
  PlanItem,
  PlanSection,
  PlanShared,
  PlanVersion,
} from './types';
import { PLAN_AUDIENCES, PLAN_SECTIONS } from './types';
import { DEFAULT_PLAN_BANDS } from './plan-schema';

export function makePlan(id: string, personId: string, time: number): Plan {
  return {
    id,
    personId,
    bands: DEFAULT_PLAN_BANDS,
    items: [],
    versions: [],
    circulation: [],
    createdAt: time,
    updatedAt: time,
  };
}

function isSameItem(a: PlanItem, b: PlanItem): boolean {
  return (
    a.section === b.section &&
    a.words === b.words &&
    JSON.stringify(a.picture) === JSON.stringify(b.picture)
  );
}

/** Items with the changes made: added at the end, changed in place, removed. */
export function applyChanges(
  items: readonly PlanItem[],
  changes: readonly PlanChange[],
): PlanItem[] {
  let result = [...items];
  for (const change of changes) {
    if (change.op === 'remove') result = result.filter((i) => i.id !== change.itemId);
    else if (change.op === 'change')
      result = result.map((i) => (i.id === change.item.id ? change.item : i));
    else if (!result.some((i) => i.id === change.item.id)) result.push(change.item);
  }
  return result;
}

/**
 * What turns `before` into `after`: removals, then changes, then additions in `after`'s order.
 * Items keep their places; an added item goes at the end of its section.
 */
export function changesBetween(
  before: readonly PlanItem[],
  after: readonly PlanItem[],
): PlanChange[] {
  const afterIds = new Set(after.map((i) => i.id));
  const beforeById = new Map(before.map((i) => [i.id, i]));
  const removed: PlanChange[] = before
    .filter((i) => !afterIds.has(i.id))
    .map((i) => ({ op: 'remove', itemId: i.id }));
  const changed: PlanChange[] = after.flatMap((item): PlanChange[] => {
    const was = beforeById.get(item.id);
    return was && !isSameItem(was, item) ? [{ op: 'change', item }] : [];
  });
  const added: PlanChange[] = after
    .filter((i) => !beforeById.has(i.id))
    .map((item) => ({ op: 'add', item }));
  return [...removed, ...changed, ...added];
}

/** The plan as the first `count` versions left it (all of them when not given). */
export function replayVersions(versions: readonly PlanVersion[], count?: number): PlanItem[] {
  return versions
    .slice(0, count ?? versions.length)
    .reduce<PlanItem[]>((items, version) => applyChanges(items, version.changes), []);
}

export function latestVersion(plan: Pick<Plan, 'versions'>): PlanVersion | null {
  return plan.versions.at(-1) ?? null;
}

/** The plan as it stood just after version `number` was saved. */
export function planAtVersion(plan: Pick<Plan, 'versions'>, number: number): PlanItem[] {
  return replayVersions(plan.versions, number);
}

/** The last version saved at or before `time`, so the plan can be shown as it stood on a day. */
export function versionAt(plan: Pick<Plan, 'versions'>, time: number): PlanVersion | null {
  return plan.versions.findLast((v) => v.at <= time) ?? null;
}

export interface NewVersion {
  readonly id: string;
  readonly at: number;
  readonly actor: string;
  readonly reason: string;
  readonly conversationId: string | null;
}

/**
 * Saves `after` as a new version (appended, numbered one past the last). The same plan comes
 * back when nothing changed, so no empty version is kept.
 */
export function saveVersion(plan: Plan, after: readonly PlanItem[], meta: NewVersion): Plan {
  const changes = changesBetween(plan.items, after);
  if (changes.length === 0) return plan;
  const version: PlanVersion = {
    ...meta,
    number: (latestVersion(plan)?.number ?? 0) + 1,
    changes,
  };
  return {
    ...plan,
    items: applyChanges(plan.items, changes),
    versions: [...plan.versions, version],
    updatedAt: meta.at,
  };
}

export interface SectionComparison {
  readonly section: PlanSection;
  readonly added: readonly PlanItem[];
  readonly removed: readonly PlanItem[];
  readonly changed: readonly { readonly before: PlanItem; readonly after: PlanItem }[];
}

/**
 * "Compare versions": per section, what `after` added, removed and changed against `before`.
 * An item moved to another section counts as changed, under the section it went to. Sections
 * with no difference are left out.
 */
export function compareItems(
  before: readonly PlanItem[],
  after: readonly PlanItem[],
): SectionComparison[] {
  const changes = changesBetween(before, after);
  const beforeById = new Map(before.map((i) => [i.id, i]));
  return PLAN_SECTIONS.flatMap((section): SectionComparison[] => {
    const added: PlanItem[] = [];
    const removed: PlanItem[] = [];
    const changed: { before: PlanItem; after: PlanItem }[] = [];
    for (const change of changes) {
      if (change.op === 'remove') {
        const was = beforeById.get(change.itemId);
        if (was?.section === section) removed.push(was);
      } else if (change.item.section === section) {
        const was = beforeById.get(change.item.id);
        if (change.op === 'add' || !was) added.push(change.item);
        else changed.push({ before: was, after: change.item });
      }
    }
    return added.length + removed.length + changed.length === 0
      ? []
      : [{ section, added, removed, changed }];
  });
}

/** The items of one section, in plan order. */
export function itemsIn(items: readonly PlanItem[], section: PlanSection): PlanItem[] {
  return items.filter((i) => i.section === section);
}

/** Adds one time the plan left the tablet to its circulation record. */
export function recordShared(plan: Plan, shared: PlanShared): Plan {
  return { ...plan, circulation: [...plan.circulation, shared], updatedAt: shared.at };
}

export interface SharedSince {
  readonly audience: PlanAudience;
  /** The last time a version went to them. */
  readonly last: PlanShared;
  /** Whether the plan has a newer version than the one they last had. */
  readonly isChangedSince: boolean;
}

/** For each audience the plan has gone to, the last time and whether it changed since. */
export function sharedWith(plan: Pick<Plan, 'versions' | 'circulation'>): SharedSince[] {
  const latest = latestVersion(plan)?.number ?? 0;
  return PLAN_AUDIENCES.flatMap((audience): SharedSince[] => {
    const last = plan.circulation.findLast((s) => s.audience === audience);
    return last ? [{ audience, last, isChangedSince: last.versionNumber < latest }] : [];
  });
}

/**
 * The plan's colour bands. Services group the sections into three, four or six bands; each band
 * has a name and a picture as well as a colour, so colour is never the only sign. Colours are
 * names the view maps to tints; some services swap green and yellow.
 */
export const PLAN_BANDS = ['about', 'upsets', 'signs', 'calm', 'upset', 'after'] as const;
export type PlanBand = (typeof PLAN_BANDS)[number];
export type BandColour = 'purple' | 'orange' | 'yellow' | 'green' | 'amber' | 'blue';

const BAND_COLOURS: Record<PlanBand, BandColour> = {
  about: 'purple',
  upsets: 'orange',
  signs: 'yellow',
  calm: 'green',
  upset: 'amber',
  after: 'blue',
};

/** Each band's picture: a bundled symbol that means its name to a literal reader. */
export const BAND_SYMBOLS: Record<PlanBand, string> = {
  about: '1F9D1',
  upsets: '1F4A5',
  signs: '1F440',
  calm: '263A',
  upset: '1F61F',
  after: '1F642',
};

type SectionWithBand = Exclude<PlanSection, 'sharedWith'>;

const SCHEMES: Record<PlanBands['scheme'], Record<SectionWithBand, PlanBand>> = {
  three: {
    about: 'calm',
    triggers: 'upset',
    earlySigns: 'upset',
    proactive: 'calm',
    deescalation: 'upset',
    after: 'after',
  },
  four: {
    about: 'calm',
    triggers: 'signs',
    earlySigns: 'signs',
    proactive: 'calm',
    deescalation: 'upset',
    after: 'after',
  },
  six: {
    about: 'about',
    triggers: 'upsets',
    earlySigns: 'signs',
    proactive: 'calm',
    deescalation: 'upset',
    after: 'after',
  },
};

export interface BandLook {
  readonly band: PlanBand;
  readonly colour: BandColour;
  readonly symbol: string;
}

/** The band a section is shown in, with its colour and picture; "shared with" has none. */
export function bandOf(bands: PlanBands, section: PlanSection): BandLook | null {
  if (section === 'sharedWith') return null;
  const band = SCHEMES[bands.scheme][section];
  const colour = BAND_COLOURS[band];
  const swapped =
    bands.isGreenYellowSwapped && (colour === 'green' || colour === 'yellow')
      ? colour === 'green'
        ? 'yellow'
        : 'green'
      : colour;
  return { band, colour: swapped, symbol: BAND_SYMBOLS[band] };
}

/** The bands a scheme uses, in section order, each once: the plan's key. */
export function bandsIn(bands: PlanBands): BandLook[] {
  const seen = new Set<PlanBand>();
  return PLAN_SECTIONS.flatMap((section) => {
    const look = bandOf(bands, section);
    if (!look || seen.has(look.band)) return [];
    seen.add(look.band);
    return [look];
  });
}

/** Every stored photo a plan's items show, in any version, for a one-person backup. */
export function planMediaIds(plan: Pick<Plan, 'items' | 'versions'>): string[] {
  const items = [
    ...plan.items,
    ...plan.versions.flatMap((v) => v.changes.flatMap((c) => (c.op === 'remove' ? [] : [c.item]))),
  ];
  return [
    ...new Set(items.flatMap((i) => (i.picture?.kind === 'media' ? [i.picture.mediaId] : []))),
  ];
}
