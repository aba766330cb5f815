/**
 * A record's payload sealed with the data key (issue 16; lib/record-seal.ts seals and opens it):
 * AES-GCM, its IV, and the ciphertext. Only its shape is known here, so storage can tell a sealed
 * payload from a plain one without any key.
 */
export interface SealedPayload {
  readonly sealed: 'A256GCM';
  readonly iv: Uint8Array;
  readonly data: Uint8Array;
}

/**
 * Whether a value is a Uint8Array from any realm: bytes read back from IndexedDB may come from
 * another realm than the page's (a worker, or a test's), where `instanceof` says no.
 */
export function isBytes(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

export function isSealedPayload(value: unknown): value is SealedPayload {
  if (typeof value !== 'object' || value === null) return false;
  const payload = value as Partial<SealedPayload>;
  return payload.sealed === 'A256GCM' && isBytes(payload.iv) && isBytes(payload.data);
}

type Fields = Record<string, unknown>;

/**
 * Fields packed for sealing: JSON with each byte array (a photo, a drawing, a recorded word) kept
 * as bytes after it rather than as text, so sealing a 200 KB photo costs 200 KB, not 270.
 */
const BYTES_MARK = '$bytes';

/** JSON for the fields, with each Uint8Array replaced by where its bytes sit after the JSON. */
export function packFields(fields: Fields): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const json = JSON.stringify(fields, (_key, value: unknown) => {
    if (!isBytes(value)) return value;
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
  // Most records hold no bytes: a reviver on every value would make opening them twice as slow.
  if (bytesStart === packed.byteLength) return JSON.parse(json) as Fields;
  return JSON.parse(json, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !(BYTES_MARK in value)) return value;
    const [at, size] = (value as Record<typeof BYTES_MARK, [number, number]>)[BYTES_MARK];
    // A copy of its own, as the record had: not a view into the whole payload.
    return packed.slice(bytesStart + at, bytesStart + at + size);
  }) as Fields;
}
