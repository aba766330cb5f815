/** The live read of a person's support plan, apart from hooks.ts so only its screens load it. */
import { useLiveQuery } from './live-query';
import type { Plan } from '../domain/types';
import { db } from './database';
import { NOT_FOUND } from './hooks';
import { planIdOf } from './plans-repo';

/** The person's plan; null while they have none yet, undefined while it is read. */
export function usePlan(personId: string | undefined): Plan | null | undefined {
  return useLiveQuery(
    async () => (personId ? ((await db.plans.get(planIdOf(personId))) ?? NOT_FOUND) : NOT_FOUND),
    [personId],
  );
}
