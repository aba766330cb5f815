/**
 * How a write transaction seals its records without awaiting WebCrypto inside it (decision 2).
 *
 * While "Protect with a passcode" is on, `writeTransaction` runs a repository's transaction body
 * twice:
 *
 * 1. **Rehearsal.** The body runs in a real transaction, but every record it writes is stored with
 *    a rehearsal mark in place of its payload and the fields kept in memory, so the body reads its
 *    own writes as usual. At the end the transaction is aborted: nothing of it is ever stored.
 * 2. Outside any transaction, every rehearsed record is sealed (AES-GCM, async).
 * 3. **Writing.** The body runs again. Each record it writes must hold exactly the fields that
 *    were sealed for it (byte for byte); it is stored sealed. If anything differs — another tab
 *    changed what the body read in between — the transaction is aborted and all three steps run
 *    again.
 *
 * Ids and times a body makes are recorded in the rehearsal and given again in the writing, so the
 * same reads make the same records. A transaction's plan is found from the transaction itself
 * (the codec middleware is told which IndexedDB transaction each request belongs to).
 */
import Dexie from 'dexie';
import { newId as randomId } from '../domain/ids';
import type { SealedPayload } from '../domain/sealed-payload';

type Row = Record<string, unknown>;

/** A record a rehearsal wrote, then its sealed payload. */
export interface PlannedWrite {
  readonly table: string;
  readonly key: string;
  readonly fields: Row;
  packed?: Uint8Array;
  sealed?: SealedPayload;
}

/** What one write transaction will store, recorded by its rehearsal. */
export class WritePlan {
  readonly writes: PlannedWrite[] = [];
  /** The rehearsal marks the cipher gave this plan's records, to forget them afterwards. */
  readonly marks: number[] = [];
  private readonly ids: string[] = [];
  private readonly times: number[] = [];
  private idsGiven = 0;
  private timesGiven = 0;
  private writesGiven = new Map<string, number>();

  constructor(readonly stage: 'rehearsal' | 'writing' = 'rehearsal') {}

  /** The same plan, ready for the writing: ids and times are given again in the same order. */
  forWriting(): WritePlan {
    const writing = new WritePlan('writing');
    writing.writes.push(...this.writes);
    writing.ids.push(...this.ids);
    writing.times.push(...this.times);
    return writing;
  }

  newId(): string {
    if (this.stage === 'rehearsal') return remember(this.ids, randomId());
    return this.ids[this.idsGiven++] ?? randomId();
  }

  now(): number {
    if (this.stage === 'rehearsal') return remember(this.times, Date.now());
    return this.times[this.timesGiven++] ?? Date.now();
  }

  /** The next planned write of this record (a body may write one record twice). */
  nextWriteOf(table: string, key: string): PlannedWrite | undefined {
    const place = `${table}\u0000${key}`;
    const given = this.writesGiven.get(place) ?? 0;
    this.writesGiven.set(place, given + 1);
    return this.writes.filter((write) => write.table === table && write.key === key)[given];
  }
}

function remember<T>(list: T[], value: T): T {
  list.push(value);
  return value;
}

/** A transaction that only reads stored payloads as they are, sealed, to open them outside it. */
export const READ_SEALED = 'read-sealed';

/**
 * A transaction that reads records opened at unlock as usual, and gives the rest (media) sealed,
 * to be opened outside it: a backup, read in one transaction so it is one moment.
 */
export const READ_OPEN_OR_SEALED = 'read-open-or-sealed';

type TransactionPlan = WritePlan | typeof READ_SEALED | typeof READ_OPEN_OR_SEALED;

const plans = new WeakMap<object, TransactionPlan>();

/** Tells the codec what the transaction running this body is for. Call first in the body. */
export function planCurrentTransaction(plan: TransactionPlan): void {
  const transaction = Dexie.currentTransaction as { idbtrans?: object } | null;
  if (!transaction?.idbtrans) throw new Error('planCurrentTransaction runs inside a transaction');
  plans.set(transaction.idbtrans, plan);
}

/** The plan of the IndexedDB transaction a request belongs to, if it has one. */
export function planOf(transaction: unknown): TransactionPlan | undefined {
  return typeof transaction === 'object' && transaction !== null
    ? plans.get(transaction)
    : undefined;
}

function currentWritePlan(): WritePlan | undefined {
  const plan = planOf((Dexie.currentTransaction as { idbtrans?: object } | null)?.idbtrans);
  return plan instanceof WritePlan ? plan : undefined;
}

/** A new record id: inside a planned write transaction, the same in its rehearsal and writing. */
export function newRecordId(): string {
  return currentWritePlan()?.newId() ?? randomId();
}

/** The time now: inside a planned write transaction, the same in its rehearsal and writing. */
export function recordTime(): number {
  return currentWritePlan()?.now() ?? Date.now();
}
