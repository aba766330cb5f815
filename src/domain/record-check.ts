/**
 * The check of a record read from the database, against its schema (record-schemas.ts). A record
 * that passes is used as it is. One that fails is mended when the MENDING reading of its schema
 * gives a record that passes (record-kit.ts says what is mended and to what); otherwise it cannot
 * be read and is set aside. Storage keeps the record as it was in both cases, so nothing a check
 * changes is ever lost (storage/record-sweep.ts).
 */
import * as v from 'valibot';
import type { DeepReadonly } from './record-kit';
import { MENDING_SCHEMAS, RECORD_SCHEMAS } from './record-schemas';

/** Stored tables whose rows are records with a schema, and the schema of each. */
export const CHECKED_TABLES = {
  people: 'person',
  cards: 'card',
  boards: 'board',
  overrides: 'override',
  conversations: 'conversation',
  media: 'media',
  tombstones: 'tombstone',
  audit: 'auditEntry',
  incidents: 'incident',
  plans: 'plan',
  stories: 'story',
} as const satisfies Record<string, keyof typeof RECORD_SCHEMAS>;

export type CheckedTable = keyof typeof CHECKED_TABLES;
export type RecordIn<T extends CheckedTable> = DeepReadonly<
  v.InferOutput<(typeof RECORD_SCHEMAS)[(typeof CHECKED_TABLES)[T]]>
>;

export type RecordCheck<R> =
  | { readonly outcome: 'ok'; readonly record: R }
  | { readonly outcome: 'mended'; readonly record: R; readonly problem: string }
  | { readonly outcome: 'set-aside'; readonly problem: string };

/** What was wrong, by field path and kind of issue (never a value: it may be personal). */
function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const path = issue.path ?? [];
    const isKeyIssue = path.at(-1)?.origin === 'key';
    const kind = !isKeyIssue ? issue.type : issue.expected === 'never' ? 'unknown' : 'missing';
    return `${path.map((item) => String(item.key)).join('.') || '(record)'}: ${kind}`;
  });
  return issues.length > 3 ? `${shown.join('; ')}; …` : shown.join('; ');
}

export function checkRecord<T extends CheckedTable>(
  table: T,
  row: unknown,
): RecordCheck<RecordIn<T>> {
  const name = CHECKED_TABLES[table];
  const strict: v.GenericSchema = RECORD_SCHEMAS[name];
  // What passes the strict schema of `table` is a RecordIn<T>: it transforms nothing.
  if (v.is(strict, row)) return { outcome: 'ok', record: row as RecordIn<T> };
  const problem = describe(v.safeParse(strict, row, { abortEarly: false }).issues ?? []);
  const mended = v.safeParse(MENDING_SCHEMAS[name], row);
  // A mended record must pass the strict check too, so a mend never has to be mended again.
  if (mended.success && v.is(strict, mended.output)) {
    return { outcome: 'mended', record: mended.output as RecordIn<T>, problem };
  }
  return { outcome: 'set-aside', problem };
}

/**
 * A record as it was when the check mended it or could not read it, kept whole on this tablet
 * (the `setAside` table). Device-only: never in a backup, never replicated.
 */
export interface SetAsideEntry {
  readonly id: string;
  /** The table the record was read from, and its key there. */
  readonly table: string;
  readonly key: unknown;
  readonly at: number;
  /** `mended`: the record was mended and written back; `unreadable`: it was moved here. */
  readonly reason: 'mended' | 'unreadable';
  /** Field paths and kinds of issue, never a value. */
  readonly problem: string;
  /** The record exactly as it was read. */
  readonly row: unknown;
}
