/**
 * Makes a decoded-to-be picture small enough to store: at most 1600 px on its long side (or a
 * centre square of it), JPEG, at most 500 KB. The same steps run in the picture worker
 * (image-worker.ts, on OffscreenCanvas) and, where a browser has no such worker, on the page
 * (image-resize.ts, on <canvas>): a `CanvasKit` is the one difference between them.
 *
 * No canvas ever exceeds 16.7 megapixels (the iPad Safari limit, past which a canvas silently
 * draws nothing), so the picture is first cropped and scaled by createImageBitmap (no canvas at
 * all), then halved on small canvases for a smooth result. Only pictures whose header was checked
 * (picture-header.ts: at most 50 megapixels) come here, so a decode is at most 200 MB.
 */
import { NotAPictureError, type Size } from './picture-header';

export const MAX_EDGE = 1600;
export const MAX_BYTES = 500 * 1024;
/** iPad Safari's canvas area limit (4096 × 4096). */
export const MAX_CANVAS_PIXELS = 16_777_216;
const QUALITIES = [0.85, 0.75, 0.65, 0.55] as const;
/** How much smaller to make a picture that is still too heavy at the lowest quality. */
const SHRINK = 0.8;

export interface ResizedImage extends Size {
  readonly bytes: Uint8Array;
  readonly type: 'image/jpeg';
}

export interface ResizeOptions {
  /** Keep only the centre square (the long side is cut on both ends alike). */
  readonly isSquare?: boolean;
}

/** A part of a picture, in its pixels. */
export interface Area extends Size {
  readonly x: number;
  readonly y: number;
}

/** Draws on a canvas and encodes one: <canvas> on the page, OffscreenCanvas in a worker. */
export interface CanvasKit<C extends CanvasImageSource> {
  /** A new canvas of exactly `size` with the source drawn over all of it. */
  draw(source: CanvasImageSource, size: Size): C;
  size(canvas: C): Size;
  toJpeg(canvas: C, quality: number): Promise<Blob>;
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

/** The part of a picture to keep: all of it, or its centre square. */
export function cropArea({ width, height }: Size, isSquare: boolean): Area {
  if (!isSquare) return { x: 0, y: 0, width, height };
  const side = Math.min(width, height);
  return {
    x: Math.floor((width - side) / 2),
    y: Math.floor((height - side) / 2),
    width: side,
    height: side,
  };
}

/** Draws a canvas kit's way, refusing any canvas over the iPad limit. */
function drawWithin<C extends CanvasImageSource>(
  kit: CanvasKit<C>,
  source: CanvasImageSource,
  size: Size,
): C {
  if (size.width * size.height > MAX_CANVAS_PIXELS) throw new Error('Canvas over the iPad limit');
  return kit.draw(source, size);
}

async function encodeWithin<C extends CanvasImageSource>(
  kit: CanvasKit<C>,
  canvas: C,
): Promise<ResizedImage> {
  let current = canvas;
  for (;;) {
    for (const quality of QUALITIES) {
      const blob = await kit.toJpeg(current, quality);
      if (blob.size <= MAX_BYTES) {
        const bytes = new Uint8Array(await blob.arrayBuffer());
        return { bytes, type: 'image/jpeg', ...kit.size(current) };
      }
    }
    const { width, height } = kit.size(current);
    const smaller = { width: Math.round(width * SHRINK), height: Math.round(height * SHRINK) };
    current = drawWithin(kit, current, smaller);
  }
}

async function decode(picture: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(picture);
  } catch {
    throw new NotAPictureError('could not be decoded');
  }
}

/**
 * A checked picture (picture-header.ts) cropped, resized and compressed for storing; throws
 * NotAPictureError when the browser cannot decode it.
 */
export async function scalePicture<C extends CanvasImageSource>(
  picture: Blob,
  options: ResizeOptions,
  kit: CanvasKit<C>,
): Promise<ResizedImage> {
  // Decoded whole (at most 50 megapixels), so a camera photo's turn (EXIF) is applied before any
  // size or square is worked out; then cropped and scaled outside any canvas.
  const decoded = await decode(picture);
  const area = cropArea(decoded, options.isSquare === true);
  const [first, ...rest] = downscaleSteps(area);
  if (!first) throw new NotAPictureError('empty picture');
  const scaled = await createImageBitmap(decoded, area.x, area.y, area.width, area.height, {
    resizeWidth: first.width,
    resizeHeight: first.height,
    resizeQuality: 'high',
  });
  decoded.close();
  // Where resize options are ignored, drawing scales it instead.
  let canvas = drawWithin(kit, scaled, first);
  scaled.close();
  for (const step of rest) canvas = drawWithin(kit, canvas, step);
  return encodeWithin(kit, canvas);
}
