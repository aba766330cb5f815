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

export function isSealedPayload(value: unknown): value is SealedPayload {
  if (typeof value !== 'object' || value === null) return false;
  const payload = value as Partial<SealedPayload>;
  return (
    payload.sealed === 'A256GCM' &&
    payload.iv instanceof Uint8Array &&
    payload.data instanceof Uint8Array
  );
}
