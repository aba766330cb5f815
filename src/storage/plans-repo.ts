/**
 * Writes to a person's support plan (issue 11). One plan per person, its id made from theirs, so
 * two tabs (and later two tablets) starting a plan for the same person start the same record.
 * Each write is one user action and one transaction with its line in the activity log; saving a
 * version appends it (who, when, why, from which conversation) in the same write as the change.
 * The change is worked out before the transaction and written only if nobody wrote the plan in
 * between (its `updatedAt`); writes from one tab to one plan are queued, so they land in order.
 */
import { newRecordId } from './transaction-plans';
import { makePlan, recordShared, saveVersion } from '../domain/plan';
import type {
  Plan,
  PlanAudience,
  PlanBands,
  PlanItem,
  PlanOutput,
  PlanShareWay,
} from '../domain/types';
import { TEXT_LIMITS } from '../domain/text-limits';
import { noteInAudit } from './audit-repo';
import { db, now } from './database';
import { currentActor } from './staff-actor';
import { WriteQueue } from './write-queue';
import { writeTransaction } from './protection';

const MAX_ATTEMPTS = 5;

/** The id of a person's plan. */
export function planIdOf(personId: string): string {
  return `plan-${personId}`;
}

const writes = new WriteQueue();

/** What the activity log says of a write that changes the plan, or of one that shares it. */
type Logged = 'changed' | 'exported';

function updatePlan(
  personId: string,
  change: (current: Plan) => Plan,
  logged: Logged = 'changed',
): Promise<Plan> {
  return writes.inTurn(planIdOf(personId), () => writeWithRetry(personId, change, logged));
}

async function writeWithRetry(
  personId: string,
  change: (current: Plan) => Plan,
  logged: Logged,
): Promise<Plan> {
  const id = planIdOf(personId);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const stored = await db.plans.get(id);
    const current = stored ?? makePlan(id, personId, now());
    const changed = change(current);
    if (changed === current) return current;
    const next: Plan = { ...changed, updatedAt: Math.max(now(), current.updatedAt + 1) };
    const written = await writeTransaction([db.people, db.plans, db.audit], async () => {
      if (!(await db.people.get(personId))) throw new Error(`Person ${personId} was not found`);
      if ((await db.plans.get(id))?.updatedAt !== stored?.updatedAt) return false;
      await db.plans.put(next);
      await noteInAudit({
        action: stored ? logged : 'created',
        subject: 'plan',
        recordId: id,
        personId,
      });
      return true;
    });
    if (written) return next;
  }
  throw new Error(`Plan ${id} kept changing; not saved`);
}

export interface VersionReason {
  /** Why it changed, in a few words. */
  readonly reason: string;
  /** The conversation it was updated from, if any. */
  readonly conversationId?: string | null;
}

/**
 * Saves the plan as `items` says it should now be: a new version, unless nothing changed (then
 * the plan comes back as it was and no version is added).
 */
export function savePlanVersion(
  personId: string,
  items: readonly PlanItem[],
  { reason, conversationId = null }: VersionReason,
): Promise<Plan> {
  const cut = items.map((i) => ({ ...i, words: i.words.trim().slice(0, TEXT_LIMITS.planItem) }));
  return updatePlan(personId, (plan) =>
    saveVersion(plan, cut, {
      id: newRecordId(),
      at: now(),
      actor: currentActor(),
      reason: reason.trim().slice(0, TEXT_LIMITS.planReason),
      conversationId,
    }),
  );
}

/** The plan's colour bands: how many, and whether green and yellow are swapped. */
export function choosePlanBands(personId: string, bands: PlanBands): Promise<Plan> {
  return updatePlan(personId, (plan) =>
    plan.bands.scheme === bands.scheme &&
    plan.bands.isGreenYellowSwapped === bands.isGreenYellowSwapped
      ? plan
      : { ...plan, bands },
  );
}

export interface Sharing {
  readonly output: PlanOutput;
  readonly audience: PlanAudience;
  readonly how: PlanShareWay;
}

/** Notes that the latest version left the tablet: which output, for whom, how, when and by whom. */
export function notePlanShared(personId: string, sharing: Sharing): Promise<Plan> {
  return updatePlan(
    personId,
    (plan) => {
      const latest = plan.versions.at(-1);
      if (!latest) return plan;
      return recordShared(plan, {
        id: newRecordId(),
        versionNumber: latest.number,
        ...sharing,
        at: now(),
        actor: currentActor(),
      });
    },
    'exported',
  );
}
