/**
 * A record's personal fields sealed with the data key (issue 16): AES-GCM with a fresh random
 * 96-bit IV for every write, and the table and record id bound as additional data, so a sealed
 * payload moved to another record, or another table, does not open. What is sealed is the
 * payload of the codec (storage/codec.ts): everything but the readable envelope.
 *
 * Fields are packed as JSON with their bytes (a photo, a drawing, a recorded word) kept as bytes
 * beside it rather than as text, so sealing a 200 KB photo costs 200 KB, not 270.
 */

import { packFields, unpackFields, type SealedPayload } from '../domain/sealed-payload';

export { isSealedPayload, type SealedPayload } from '../domain/sealed-payload';
export { packFields, unpackFields } from '../domain/sealed-payload';

type Fields = Record<string, unknown>;

/** A sealed payload that did not open: another record's, changed, or sealed with another key. */
export class UnreadableRecordError extends Error {
  constructor(table: string, id: string) {
    super(`A ${table} record (${id}) could not be opened`);
    this.name = 'UnreadableRecordError';
  }
}

const encoder = new TextEncoder();

function boundTo(table: string, id: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`restory/${table}/${id}`);
}

/** The bytes as WebCrypto takes them: copied only when they come from another realm. */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes instanceof Uint8Array && bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
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
      { name: 'AES-GCM', iv: ownBytes(payload.iv), additionalData: boundTo(table, id) },
      key,
      ownBytes(payload.data),
    );
    return unpackFields(new Uint8Array(packed));
  } catch {
    throw new UnreadableRecordError(table, id);
  }
}
