/**
 * Data URIs as OBF files write them (`data:image/png;base64,…`, `data:image/svg+xml;utf8,<svg…`
 * or percent-encoded SVG). Decoded without the DOM, leniently (whitespace, URL-safe base64,
 * missing padding), and roughly measured before decoding, so a huge one is refused before it is
 * decoded; the bytes are measured again after.
 */

export type DataUriResult =
  | { readonly kind: 'bytes'; readonly contentType: string; readonly bytes: Uint8Array }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'too-large' };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) VALUES[ALPHABET.charCodeAt(i)] = i;
VALUES['-'.charCodeAt(0)] = 62;
VALUES['_'.charCodeAt(0)] = 63;

/** The bytes of base64 text, or undefined when it holds other characters. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\s=]+/g, '');
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i += 1) {
    const code = clean.charCodeAt(i);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) return undefined;
    bits = ((bits << 6) | value) & 0xffffff;
    count += 1;
    if (count === 4) {
      out[at] = bits >> 16;
      out[at + 1] = (bits >> 8) & 0xff;
      out[at + 2] = bits & 0xff;
      at += 3;
      count = 0;
    }
  }
  if (count === 2) out[at] = bits >> 4;
  if (count === 3) {
    out[at] = bits >> 10;
    out[at + 1] = (bits >> 2) & 0xff;
  }
  return out;
}

function decodeText(data: string): Uint8Array {
  let text = data;
  try {
    text = decodeURIComponent(data);
  } catch {
    // A stray % in unencoded SVG text: keep the text as written.
  }
  return new TextEncoder().encode(text);
}

/** The bytes of a data URI, or why not, refusing anything over `maxBytes`. */
export function parseDataUri(uri: string, maxBytes: number): DataUriResult {
  const comma = uri.indexOf(',');
  if (!/^\s*data:/i.test(uri) || comma < 0) return { kind: 'unreadable' };
  const meta = uri.slice(uri.indexOf(':') + 1, comma).split(';');
  const contentType = (meta[0] ?? '').trim().toLowerCase();
  const isBase64 = meta.slice(1).some((part) => part.trim().toLowerCase() === 'base64');
  const data = uri.slice(comma + 1);
  // A first measure that needs no decoding: base64 holds 3 bytes in 4 characters, and text
  // (percent-encoded or not) at least 1 in 3. The room of half again is for line breaks.
  const roughBytes = isBase64 ? (data.length * 3) / 4 : data.length / 3;
  if (roughBytes > maxBytes * 1.5) return { kind: 'too-large' };
  const bytes = isBase64 ? decodeBase64(data) : decodeText(data);
  if (!bytes) return { kind: 'unreadable' };
  if (bytes.length > maxBytes) return { kind: 'too-large' };
  return { kind: 'bytes', contentType, bytes };
}
