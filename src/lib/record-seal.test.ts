import { describe, expect, it } from 'vitest';
import {
  isSealedPayload,
  openFields,
  packFields,
  sealFields,
  unpackFields,
  UnreadableRecordError,
} from './record-seal';

async function key(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('a record sealed with the data key', () => {
  it('opens as it was, bytes and all, and holds none of its words or bytes readable', async () => {
    const k = await key();
    const photo = crypto.getRandomValues(new Uint8Array(4096));
    const fields = {
      caption: 'At lunch, Sam said “no”',
      size: 4,
      bytes: photo,
      nested: [{ a: null }],
    };
    const sealed = await sealFields(k, 'media', 'm1', fields);
    expect(isSealedPayload(sealed)).toBe(true);
    expect(contains(sealed.data, new TextEncoder().encode('At lunch'))).toBe(false);
    expect(contains(sealed.data, photo.subarray(100, 132))).toBe(false);
    expect(await openFields(k, 'media', 'm1', sealed)).toEqual(fields);
  });

  it('takes a fresh IV for every write', async () => {
    const k = await key();
    const a = await sealFields(k, 'people', 'p1', { displayName: 'Sam' });
    const b = await sealFields(k, 'people', 'p1', { displayName: 'Sam' });
    expect(a.iv).not.toEqual(b.iv);
    expect(a.data).not.toEqual(b.data);
  });

  it('does not open in another record or table, changed, or with another key', async () => {
    const k = await key();
    const sealed = await sealFields(k, 'people', 'p1', { displayName: 'Sam' });
    await expect(openFields(k, 'people', 'p2', sealed)).rejects.toThrow(UnreadableRecordError);
    await expect(openFields(k, 'cards', 'p1', sealed)).rejects.toThrow(UnreadableRecordError);
    const changed = new Uint8Array(sealed.data);
    changed[0] = (changed[0] ?? 0) ^ 1;
    await expect(openFields(k, 'people', 'p1', { ...sealed, data: changed })).rejects.toThrow(
      UnreadableRecordError,
    );
    await expect(openFields(await key(), 'people', 'p1', sealed)).rejects.toThrow(
      UnreadableRecordError,
    );
  });

  it('packs bytes beside the words, not as text', () => {
    const bytes = new Uint8Array(20_000).fill(7);
    const packed = packFields({ bytes, note: 'x' });
    expect(packed.byteLength).toBeLessThan(20_100);
    const back = unpackFields(packed);
    expect(back['bytes']).toEqual(bytes);
    // A copy of its own, not a view into the packed payload.
    expect((back['bytes'] as Uint8Array).buffer.byteLength).toBe(20_000);
  });
});
