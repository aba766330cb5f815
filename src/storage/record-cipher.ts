/**
 * The codec's cipher (decision 2). Synchronous, as the codec must be inside a transaction, because
 * it does no cryptography itself: it is told what was sealed and opened outside transactions.
 *
 * - **Not protected:** the payload is the plain fields, as before issue 16.
 * - **Protected and open:**
 *   - Writing: a record is stored only with the payload sealed for it before its transaction
 *     (transaction-plans.ts); a payload that arrives already sealed (conversion, a restore) passes
 *     through. A plain payload with no plan is refused, so nothing personal is ever stored in
 *     plain text by mistake.
 *   - Reading: payloads opened at unlock, or sealed by this session, are remembered by the record
 *     they belong to (table, primary key) and their IV, which is fresh for every write. A sealed
 *     payload that is not remembered — one moved from another record — does not open. A plain
 *     payload (a row not yet converted) is read as it is.
 * - **Protected and locked:** nothing sealed opens, and nothing personal can be written.
 *
 * Settings that are not personal (the key vault, the PIN, tries, preferences) stay plain, so the
 * lock screen can work before anything is open. Locking forgets everything remembered.
 */
import { isSealedPayload, packFields, type SealedPayload } from '../domain/sealed-payload';
import { isRow, PAYLOAD_FIELD, type PayloadCipher, type RecordPlace } from './codec';
import { planOf, READ_OPEN_OR_SEALED, READ_SEALED, WritePlan } from './transaction-plans';

type Row = Record<string, unknown>;

/** A plain payload reached storage while the records are protected. Nothing was written. */
export class PlainWriteError extends Error {
  constructor(where?: RecordPlace) {
    super(
      `A record (${where ? `${where.table} ${where.key}` : 'unknown'}) was about to be stored unsealed while protection is on`,
    );
    this.name = 'PlainWriteError';
  }
}

/** A sealed record was read that this session has not opened: locked, or not this record's. */
export class LockedRecordError extends Error {
  /** The record's table, when known: while unlocked, its new rows can be opened and read again. */
  readonly table: string | undefined;

  constructor(where: RecordPlace | undefined) {
    super(`A protected record (${where ? `${where.table} ${where.key}` : 'unknown'}) is not open`);
    this.name = 'LockedRecordError';
    this.table = where?.table;
  }
}

/** A write differs from what its rehearsal sealed (something it read changed): plan it again. */
export class StaleRehearsalError extends Error {
  constructor() {
    super('A record changed between sealing and writing');
    this.name = 'StaleRehearsalError';
  }
}

/**
 * Settings whose values are personal: the staff member's name, the welcome's words, and the undo
 * snapshot of a restore (everyone's records). Persisted keys (staff-actor.ts, preference-keys.ts,
 * backup/restore-snapshot.ts); record-cipher.test.ts checks they match.
 */
export const PERSONAL_SETTINGS: ReadonlySet<string> = new Set([
  'staffName',
  'welcomeReassurance',
  'restoreSnapshot',
]);

/**
 * Persisted setting name: the key vault (the data key wrapped by the passcode and by the recovery
 * key) and how far conversion has come. Stays plain: the lock screen needs it. Its presence is
 * what "protected" means.
 */
export const PROTECTION_KEY = 'protection';

/** Whether a record's payload is sealed while protection is on. */
export function isSealedWhenProtected(table: string, key: string): boolean {
  return table !== 'settings' || PERSONAL_SETTINGS.has(key);
}

/** The table whose payloads are not opened at unlock but when they are shown or played. */
const OPENED_ON_DEMAND = 'media';

/** Where a rehearsal's record sits in memory instead of its payload. Never stored: aborted. */
interface RehearsalMark {
  readonly rehearsal: number;
}

function isRehearsalMark(value: unknown): value is RehearsalMark {
  return isRow(value) && typeof value.rehearsal === 'number' && Object.keys(value).length === 1;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function placeOf(where: RecordPlace, sealed: SealedPayload): string {
  return `${where.table}\u0000${where.key}\u0000${hex(sealed.iv)}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export class RecordCipher implements PayloadCipher {
  private readonly opened = new Map<string, Row>();
  private readonly rehearsed = new Map<number, Row>();
  private marks = 0;
  private protecting = false;

  /** Whether records are protected (whether or not they are open now). */
  get isProtecting(): boolean {
    return this.protecting;
  }

  /** Protection switched on or off. Switching it off forgets nothing: plain rows read as they are. */
  setProtecting(isOn: boolean): void {
    this.protecting = isOn;
  }

  /** The fields a record's sealed payload holds, opened (and checked) outside any transaction. */
  remember(where: RecordPlace, sealed: SealedPayload, fields: Row): void {
    this.opened.set(placeOf(where, sealed), fields);
  }

  /** Whether a record's sealed payload is open: read at unlock, or sealed by this session. */
  isOpen(where: RecordPlace, sealed: SealedPayload): boolean {
    return this.opened.has(placeOf(where, sealed));
  }

  /** Locking: nothing opened stays in memory. */
  forget(): void {
    this.opened.clear();
    this.rehearsed.clear();
  }

  get size(): number {
    return this.opened.size;
  }

  /** A rehearsal is over (aborted): the fields it held in memory go. */
  endRehearsal(plan: WritePlan): void {
    for (const mark of plan.marks) this.rehearsed.delete(mark);
  }

  seal(fields: Row, where?: RecordPlace, transaction?: unknown): unknown {
    const payload = fields[PAYLOAD_FIELD];
    if (Object.keys(fields).length === 1 && isSealedPayload(payload)) return payload;
    if (!this.protecting || (where && !isSealedWhenProtected(where.table, where.key))) {
      return fields;
    }
    const plan = planOf(transaction);
    if (!where || !(plan instanceof WritePlan)) throw new PlainWriteError(where);
    if (plan.stage === 'rehearsal') {
      plan.writes.push({ table: where.table, key: where.key, fields });
      this.marks += 1;
      plan.marks.push(this.marks);
      this.rehearsed.set(this.marks, fields);
      return { rehearsal: this.marks } satisfies RehearsalMark;
    }
    const planned = plan.nextWriteOf(where.table, where.key);
    if (!planned?.sealed || !planned.packed || !sameBytes(packFields(fields), planned.packed)) {
      throw new StaleRehearsalError();
    }
    this.remember(where, planned.sealed, fields);
    return planned.sealed;
  }

  open(sealed: unknown, where?: RecordPlace, transaction?: unknown): Row | undefined {
    if (isRehearsalMark(sealed)) {
      const fields = this.rehearsed.get(sealed.rehearsal);
      if (!fields) throw new LockedRecordError(where);
      return fields;
    }
    if (!isSealedPayload(sealed)) return isRow(sealed) ? sealed : undefined;
    // Read to be opened outside the transaction: the row comes back with its sealed payload.
    const plan = planOf(transaction);
    if (plan === READ_SEALED) return { [PAYLOAD_FIELD]: sealed };
    const fields = where ? this.opened.get(placeOf(where, sealed)) : undefined;
    if (fields) return fields;
    // Media is opened on demand (protection.ts `readMedia`): read here, it comes back sealed, as
    // its envelope is all that Dexie's own reads (indexes, hooks, live queries) need of it.
    if (plan === READ_OPEN_OR_SEALED || where?.table === OPENED_ON_DEMAND) {
      return { [PAYLOAD_FIELD]: sealed };
    }
    throw new LockedRecordError(where);
  }
}

/** The cipher of the app's database (database.ts), switched on when protection is. */
export const recordCipher = new RecordCipher();
