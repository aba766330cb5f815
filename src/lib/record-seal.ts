/**
 * A record's personal fields sealed with the data key (issue 16): AES-GCM with a fresh random
 * 96-bit IV for every write, and the table and record id bound as additional data, so a sealed
 * payload moved to another record, or another table, does not open. What is sealed is the
 * payload of the codec (storage/codec.ts): everything but the readable envelope.
 *
 * Fields are packed as JSON with their bytes (a photo, a drawing, a recorded word) kept as bytes
 * beside it rather than as text, so sealing a 200 KB photo costs 200 KB, not 270.
 */

import type { SealedPayload } from '../domain/sealed-payload';

export { isSealedPayload, type SealedPayload } from '../domain/sealed-payload';

type Fields = Record<string, unknown>;

/** A sealed payload that did not open: another record's, changed, or sealed with another key. */
export class UnreadableRecordError extends Error {
  constructor(table: string, id: string) {
    super(`A ${table} record (${id}) could not be opened`);
    this.name = 'UnreadableRecordError';
  }
}

const BYTES_MARK = '$bytes';

/** JSON for the fields, with each Uint8Array replaced by where its bytes sit after the JSON. */
export function packFields(fields: Fields): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const json = JSON.stringify(fields, (_key, value: unknown) => {
    if (!(value instanceof Uint8Array)) return value;
    parts.push(value);
    const at = offset;
    offset += value.byteLength;
    return { [BYTES_MARK]: [at, value.byteLength] };
  });
  const text = new TextEncoder().encode(json);
  const packed = new Uint8Array(4 + text.byteLength + offset);
  new DataView(packed.buffer).setUint32(0, text.byteLength);
  packed.set(text, 4);
  let at = 4 + text.byteLength;
  for (const part of parts) {
    packed.set(part, at);
    at += part.byteLength;
  }
  return packed;
}

export function unpackFields(packed: Uint8Array): Fields {
  const length = new DataView(packed.buffer, packed.byteOffset).getUint32(0);
  const bytesStart = 4 + length;
  const json = new TextDecoder().decode(packed.subarray(4, bytesStart));
  return JSON.parse(json, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !(BYTES_MARK in value)) return value;
    const [at, size] = (value as Record<typeof BYTES_MARK, [number, number]>)[BYTES_MARK];
    // A copy of its own, as the record had: not a view into the whole payload.
    return packed.slice(bytesStart + at, bytesStart + at + size);
  }) as Fields;
}

function boundTo(table: string, id: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`restory/${table}/${id}`);
}

export async function sealFields(
  key: CryptoKey,
  table: string,
  id: string,
  fields: Fields,
): Promise<SealedPayload> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: boundTo(table, id) },
    key,
    packFields(fields),
  );
  return { sealed: 'A256GCM', iv, data: new Uint8Array(data) };
}

/** The fields again; UnreadableRecordError when the payload is not this record's or was changed. */
export async function openFields(
  key: CryptoKey,
  table: string,
  id: string,
  payload: SealedPayload,
): Promise<Fields> {
  try {
    const packed = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(payload.iv), additionalData: boundTo(table, id) },
      key,
      new Uint8Array(payload.data),
    );
    return unpackFields(new Uint8Array(packed));
  } catch {
    throw new UnreadableRecordError(table, id);
  }
}
