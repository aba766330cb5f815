/**
 * The support plan record (issue 11): one per person, holding every version ever saved
 * (append-only: a version is never changed or removed), the plan as the last version left it,
 * the plan's own colour bands, and who it was shared with. A version holds its changes, and each
 * item the words and picture it showed then, so editing a card later does not rewrite history.
 * Defined once for both readings of the record kit (record-kit.ts).
 */
import * as v from 'valibot';
import { recordId as id, stampText, time, type RecordKit } from './record-kit';
import {
  PLAN_AUDIENCES,
  PLAN_BAND_SCHEMES,
  PLAN_OUTPUTS,
  PLAN_SECTIONS,
  PLAN_SHARE_WAYS,
} from './record-values';
import { TEXT_LIMITS as T } from './text-limits';

/** Most items a plan holds, and versions it keeps: far above a real plan. */
export const PLAN_LIMITS = { items: 500, versions: 5_000, circulation: 5_000 } as const;

export const DEFAULT_PLAN_BANDS = { scheme: 'three', isGreenYellowSwapped: false } as const;

/** `imageSource` is the records' own picture source (record-schemas.ts), a symbol or stored bytes. */
export function definePlan<I extends v.GenericSchema>(k: RecordKit, imageSource: I) {
  const words = (max: number) => k.orEmpty(k.text(max), '');

  /** One thing the plan says, in a section, with a picture (a symbol or a stored photo). */
  const planItem = k.object({
    id,
    section: v.picklist(PLAN_SECTIONS),
    words: words(T.planItem),
    picture: k.orNull(imageSource),
  });

  /** One change a version made: an item added, changed (same id, new words or picture), removed. */
  const planChange = v.variant('op', [
    k.object({ op: v.literal('add'), item: planItem }),
    k.object({ op: v.literal('change'), item: planItem }),
    k.object({ op: v.literal('remove'), itemId: id }),
  ]);

  const planVersion = k.object({
    id,
    /** 1 for the first version, then one more each time. */
    number: v.pipe(v.number(), v.integer(), v.minValue(1)),
    at: time,
    /** The unlocked staff name; empty when none was given. */
    actor: words(T.staffName),
    reason: words(T.planReason),
    /** The conversation it was updated from; null when staff changed it by hand. */
    conversationId: k.orNull(id),
    changes: k.list(planChange, PLAN_LIMITS.items * 2),
  });

  /** One time a version of the plan left the tablet: which, for whom, how, when and by whom. */
  const planShared = k.object({
    id,
    versionNumber: v.pipe(v.number(), v.integer(), v.minValue(1)),
    output: v.picklist(PLAN_OUTPUTS),
    audience: v.picklist(PLAN_AUDIENCES),
    how: v.picklist(PLAN_SHARE_WAYS),
    at: time,
    actor: words(T.staffName),
  });

  /** The plan's own colours: how many bands, and green and yellow swapped as some services do. */
  const planBands = k.object({
    scheme: k.orEmpty(v.picklist(PLAN_BAND_SCHEMES), DEFAULT_PLAN_BANDS.scheme),
    isGreenYellowSwapped: k.orEmpty(v.boolean(), false),
  });

  const plan = k.object({
    id,
    /** Whose plan it is: their page shows it, erasing them erases it. */
    personId: id,
    bands: k.orEmpty(planBands, DEFAULT_PLAN_BANDS),
    /** The plan as the last version left it (replaying every version gives the same). */
    items: k.list(planItem, PLAN_LIMITS.items),
    versions: k.list(planVersion, PLAN_LIMITS.versions),
    circulation: k.list(planShared, PLAN_LIMITS.circulation),
    createdAt: k.orEmpty(time, 0),
    updatedAt: k.orEmpty(time, 0),
    stamp: k.optional(stampText),
  });

  return { planItem, planChange, planVersion, planShared, planBands, plan };
}
