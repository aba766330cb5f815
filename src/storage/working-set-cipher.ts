/**
 * The codec's cipher while "Protect with a passcode" is on (decision 2): synchronous, as the codec
 * must be inside a transaction, because it does no cryptography itself.
 *
 * - **Writing:** a record's payload arrives already sealed (the repository sealed it before the
 *   transaction opened) and passes through. A plain payload is refused, so nothing personal is
 *   ever stored in plain text by mistake.
 * - **Reading:** the payloads opened at unlock, outside any transaction, are remembered by the
 *   record they belong to (table, primary key) and their IV, which is fresh for every write. A
 *   sealed payload that is not remembered — the app is locked, or it was moved from another
 *   record — does not open. A plain payload (a row not yet converted) is read as it is.
 *
 * Locking forgets everything it remembered.
 */
import { isSealedPayload, type SealedPayload } from '../domain/sealed-payload';
import { isRow, PAYLOAD_FIELD, type PayloadCipher, type RecordPlace } from './codec';

type Row = Record<string, unknown>;

/** A plain payload reached storage while the records are protected. Nothing was written. */
export class PlainWriteError extends Error {
  constructor() {
    super('A record was about to be stored unsealed while protection is on');
    this.name = 'PlainWriteError';
  }
}

/** A sealed record was read that this session has not opened: locked, or not this record's. */
export class LockedRecordError extends Error {
  constructor(where: RecordPlace | undefined) {
    super(`A protected record (${where ? `${where.table} ${where.key}` : 'unknown'}) is not open`);
    this.name = 'LockedRecordError';
  }
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function placeOf(where: RecordPlace, sealed: SealedPayload): string {
  return `${where.table}\u0000${where.key}\u0000${hex(sealed.iv)}`;
}

export class WorkingSetCipher implements PayloadCipher {
  private readonly opened = new Map<string, Row>();

  /** The fields a record's sealed payload holds, opened (and checked) outside any transaction. */
  remember(where: RecordPlace, sealed: SealedPayload, fields: Row): void {
    this.opened.set(placeOf(where, sealed), fields);
  }

  /** Locking: nothing opened stays in memory. */
  forget(): void {
    this.opened.clear();
  }

  get size(): number {
    return this.opened.size;
  }

  seal(fields: Row): unknown {
    const sealed = fields[PAYLOAD_FIELD];
    if (Object.keys(fields).length === 1 && isSealedPayload(sealed)) return sealed;
    throw new PlainWriteError();
  }

  open(sealed: unknown, where?: RecordPlace): Row | undefined {
    if (!isSealedPayload(sealed)) return isRow(sealed) ? sealed : undefined;
    const fields = where ? this.opened.get(placeOf(where, sealed)) : undefined;
    if (!fields) throw new LockedRecordError(where);
    return fields;
  }
}
