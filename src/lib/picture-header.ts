/**
 * What a picture file says about itself before anything is decoded: whether it is a complete
 * picture at all, and how large it is. Decoding a 20,000 × 20,000 picture takes 1.6 GB, which
 * crashes a tablet's tab, so a picture whose header says it is larger than `MAX_DECODE_PIXELS`
 * is refused from these few bytes (image-resize.ts), on the main thread, before any decode.
 */

/**
 * The most pixels a picture may have to be decoded at all: 50 megapixels (200 MB decoded, under
 * the 500 MB a mid-range tablet can spare), above the largest common camera photos (48 MP).
 */
export const MAX_DECODE_PIXELS = 50_000_000;
/** Camera JPEGs may carry a trailer after their end marker; look for it this far from the end. */
const JPEG_TAIL = 256 * 1024;
/** HEIC and AVIF say their size in an `ispe` box of their metadata, near the start. */
const ISO_META_SPAN = 256 * 1024;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export class NotAPictureError extends Error {
  constructor(reason: string) {
    super(`Not a usable picture: ${reason}`);
    this.name = 'NotAPictureError';
  }
}

/** A picture whose header says it is too large to decode on a tablet; nothing was decoded. */
export class PictureTooLargeError extends Error {
  constructor(readonly size: Size) {
    super(`Picture too large to decode: ${size.width} × ${size.height}`);
    this.name = 'PictureTooLargeError';
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

function includesFrom(bytes: Uint8Array, needle: readonly number[], from: number): boolean {
  for (let i = Math.max(0, from); i <= bytes.length - needle.length; i += 1) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}

const ASCII = (text: string) => Array.from(new TextEncoder().encode(text));

/**
 * Why these bytes are not a complete picture, or null when they look like one. Browsers decode
 * a cut-off JPEG or PNG without complaint (grey below the cut), so the end marker is checked.
 */
export function whyNotAPicture(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return includesFrom(bytes, [0xff, 0xd9], bytes.length - JPEG_TAIL) ? null : 'truncated JPEG';
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) {
    return includesFrom(bytes, ASCII('IEND'), bytes.length - 64) ? null : 'truncated PNG';
  }
  if (startsWith(bytes, ASCII('GIF8'))) return null;
  if (startsWith(bytes, ASCII('RIFF')) && startsWith(bytes, ASCII('WEBP'), 8)) {
    const declared = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true) + 8;
    return bytes.length >= declared ? null : 'truncated WebP';
  }
  // HEIC/HEIF and AVIF: an ISO box with "ftyp" at byte 4; the browser decides if it can decode it.
  if (startsWith(bytes, ASCII('ftyp'), 4)) return null;
  return 'unknown format';
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65_536 + u16be(b, i + 2);

/** A JPEG's size from its first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(bytes: Uint8Array): Size | null {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: u16be(bytes, i + 5), width: u16be(bytes, i + 7) };
    i += 2 + u16be(bytes, i + 2);
  }
  return null;
}

/** A WebP's size from its first chunk: lossy (VP8), lossless (VP8L) or extended (VP8X). */
function webpSize(bytes: Uint8Array): Size | null {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8X') return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 };
  if (chunk === 'VP8 ') {
    return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    const bits = u16le(bytes, 21) | (u16le(bytes, 23) << 16);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return null;
}

/**
 * A HEIC's or AVIF's size from the `ispe` (image spatial extent) boxes near its start: the
 * largest, as a photo split into tiles has one for each tile and one for the whole.
 */
function isoSize(bytes: Uint8Array): Size | null {
  const ispe = ASCII('ispe');
  let largest: Size | null = null;
  const end = Math.min(bytes.length, ISO_META_SPAN) - 16;
  for (let i = 8; i <= end; i += 1) {
    if (!startsWith(bytes, ispe, i)) continue;
    // The box's version and flags (4 bytes), then width and height (32 bits each).
    const size = { width: u32be(bytes, i + 8), height: u32be(bytes, i + 12) };
    if (!largest || size.width * size.height > largest.width * largest.height) largest = size;
  }
  return largest;
}

/**
 * A picture's width and height as its header says, without decoding it; null when the format
 * does not say where we can read it or the header is cut short.
 */
export function pictureSize(bytes: Uint8Array): Size | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) && startsWith(bytes, ASCII('IHDR'), 12)) {
    return { width: u32be(bytes, 16), height: u32be(bytes, 20) };
  }
  if (startsWith(bytes, ASCII('GIF8'))) return { width: u16le(bytes, 6), height: u16le(bytes, 8) };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpegSize(bytes);
  if (startsWith(bytes, ASCII('RIFF')) && startsWith(bytes, ASCII('WEBP'), 8)) {
    return webpSize(bytes);
  }
  if (startsWith(bytes, ASCII('ftyp'), 4)) return isoSize(bytes);
  return null;
}

/**
 * Throws NotAPictureError when the bytes are not a complete picture, and PictureTooLargeError
 * when their header says they are too large to decode; decodes nothing.
 */
export function checkPicture(bytes: Uint8Array): void {
  const reason = whyNotAPicture(bytes);
  if (reason) throw new NotAPictureError(reason);
  const size = pictureSize(bytes);
  if (size && size.width * size.height > MAX_DECODE_PIXELS) throw new PictureTooLargeError(size);
}
