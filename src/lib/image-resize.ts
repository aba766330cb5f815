/**
 * Makes a photo small enough to store: at most 1600 px on its long side, JPEG, at most 500 KB.
 * A camera photo is never stored whole. No canvas ever exceeds 16.7 megapixels (the iPad Safari
 * limit, past which a canvas silently draws nothing), so the photo is first decoded and scaled by
 * createImageBitmap (no canvas at all), then halved on small canvases for a smooth result.
 * A file that is not a complete picture is refused before anything is decoded or stored, and so
 * is one whose header says it is too large to decode on a tablet (`MAX_DECODE_PIXELS`): decoding
 * a 20,000 × 20,000 picture takes 1.6 GB, which crashes the tab.
 */
export const MAX_EDGE = 1600;
export const MAX_BYTES = 500 * 1024;
/** iPad Safari's canvas area limit (4096 × 4096). */
export const MAX_CANVAS_PIXELS = 16_777_216;
const QUALITIES = [0.85, 0.75, 0.65, 0.55] as const;
/** How much smaller to make a picture that is still too heavy at the lowest quality. */
const SHRINK = 0.8;
/**
 * The most pixels a picture may have to be decoded at all: 50 megapixels (200 MB decoded, under
 * the 500 MB a mid-range tablet can spare), above the largest common camera photos (48 MP).
 */
export const MAX_DECODE_PIXELS = 50_000_000;
/** Camera JPEGs may carry a trailer after their end marker; look for it this far from the end. */
const JPEG_TAIL = 256 * 1024;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface ResizedImage extends Size {
  readonly bytes: Uint8Array;
  readonly type: 'image/jpeg';
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

/** The size that fits within `maxEdge` on the long side, keeping the shape; never enlarges. */
export function fitWithin({ width, height }: Size, maxEdge: number): Size {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * The sizes to scale through, largest first, ending at the target. The first is at most twice
 * the target (so within the canvas limit); each later one halves, the last lands on the target.
 */
export function downscaleSteps(source: Size, maxEdge = MAX_EDGE): Size[] {
  const target = fitWithin(source, maxEdge);
  const steps: Size[] = [fitWithin(source, maxEdge * 2)];
  for (let last = steps[0]; last && last.width > target.width; last = steps.at(-1)) {
    const half = { width: Math.round(last.width / 2), height: Math.round(last.height / 2) };
    steps.push(half.width > target.width ? half : target);
  }
  return steps;
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
 * A picture's width and height as its header says, without decoding it; null when the format
 * does not say where we can read it (HEIC, AVIF) or the header is cut short.
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
  return null;
}

function drawTo(source: CanvasImageSource, size: Size): HTMLCanvasElement {
  if (size.width * size.height > MAX_CANVAS_PIXELS) throw new Error('Canvas over the iPad limit');
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, size.width, size.height);
  return canvas;
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('JPEG encoding failed'))),
      'image/jpeg',
      quality,
    );
  });
}

async function encodeWithin(canvas: HTMLCanvasElement): Promise<ResizedImage> {
  let current = canvas;
  for (;;) {
    for (const quality of QUALITIES) {
      const blob = await toJpeg(current, quality);
      if (blob.size <= MAX_BYTES) {
        const bytes = new Uint8Array(await blob.arrayBuffer());
        return { bytes, type: 'image/jpeg', width: current.width, height: current.height };
      }
    }
    const smaller = {
      width: Math.round(current.width * SHRINK),
      height: Math.round(current.height * SHRINK),
    };
    current = drawTo(current, smaller);
  }
}

/** FileReader rather than Blob.arrayBuffer: older iPad Safari (before 14) lacks the latter. */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error('Unexpected read result'));
    };
    reader.onerror = () => reject(new NotAPictureError('could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

async function decode(file: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file);
  } catch {
    throw new NotAPictureError('could not be decoded');
  }
}

/**
 * Reads a picked file and returns it resized and compressed; throws NotAPictureError, or
 * PictureTooLargeError before decoding anything when its header says it is too large.
 */
export async function resizePhoto(file: Blob): Promise<ResizedImage> {
  const bytes = await readBytes(file);
  const reason = whyNotAPicture(bytes);
  if (reason) throw new NotAPictureError(reason);
  const size = pictureSize(bytes);
  if (size && size.width * size.height > MAX_DECODE_PIXELS) throw new PictureTooLargeError(size);
  // Decoded whole (at most MAX_DECODE_PIXELS), so a camera photo's turn (EXIF) is applied
  // before any size is worked out; then scaled outside any canvas.
  const decoded = await decode(file);
  const [first, ...rest] = downscaleSteps({ width: decoded.width, height: decoded.height });
  if (!first) throw new NotAPictureError('empty picture');
  const scaled = await createImageBitmap(decoded, {
    resizeWidth: first.width,
    resizeHeight: first.height,
    resizeQuality: 'high',
  });
  decoded.close();
  // Where resize options are ignored, drawTo scales it instead.
  let canvas = drawTo(scaled, first);
  scaled.close();
  for (const step of rest) canvas = drawTo(canvas, step);
  return encodeWithin(canvas);
}
