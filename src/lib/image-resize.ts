/**
 * Makes a photo small enough to store: at most 1600 px on its long side, JPEG, at most 500 KB.
 * A camera photo is never stored whole. No canvas ever exceeds 16.7 megapixels (the iPad Safari
 * limit, past which a canvas silently draws nothing), so the photo is first decoded and scaled by
 * createImageBitmap (no canvas at all), then halved on small canvases for a smooth result.
 * A file that is not a complete picture is refused before anything is decoded or stored.
 */
export const MAX_EDGE = 1600;
export const MAX_BYTES = 500 * 1024;
/** iPad Safari's canvas area limit (4096 × 4096). */
export const MAX_CANVAS_PIXELS = 16_777_216;
const QUALITIES = [0.85, 0.75, 0.65, 0.55] as const;
/** How much smaller to make a picture that is still too heavy at the lowest quality. */
const SHRINK = 0.8;
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

/** Reads a picked file and returns it resized and compressed, or throws NotAPictureError. */
export async function resizePhoto(file: Blob): Promise<ResizedImage> {
  const reason = whyNotAPicture(await readBytes(file));
  if (reason) throw new NotAPictureError(reason);
  const decoded = await decode(file);
  const [first, ...rest] = downscaleSteps({ width: decoded.width, height: decoded.height });
  if (!first) throw new NotAPictureError('empty picture');
  // Scaled outside any canvas; where resize options are ignored, drawTo scales it instead.
  const scaled = await createImageBitmap(decoded, {
    resizeWidth: first.width,
    resizeHeight: first.height,
    resizeQuality: 'high',
  });
  decoded.close();
  let canvas = drawTo(scaled, first);
  scaled.close();
  for (const size of rest) canvas = drawTo(canvas, size);
  return encodeWithin(canvas);
}
