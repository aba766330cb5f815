/**
 * Makes a photo small enough to store (image-scale.ts: at most 1600 px on its long side, JPEG, at
 * most 500 KB, optionally its centre square). A camera photo is never stored whole.
 *
 * A file that is not a complete picture is refused before anything is decoded or stored, and so
 * is one whose header says it is too large to decode on a tablet (picture-header.ts): that check
 * reads a few bytes on the page. The decoding, scaling and encoding then run in a Web Worker
 * (image-worker.ts) so the page never freezes; where a browser has no Worker or OffscreenCanvas
 * (older iPad Safari, jsdom), or the worker cannot start, the same steps run on the page.
 */
import { checkPicture, NotAPictureError } from './picture-header';
import { scalePicture, type CanvasKit, type ResizedImage, type ResizeOptions } from './image-scale';

export {
  MAX_DECODE_PIXELS,
  NotAPictureError,
  PictureTooLargeError,
  pictureSize,
  whyNotAPicture,
  type Size,
} from './picture-header';
export {
  cropArea,
  downscaleSteps,
  fitWithin,
  MAX_BYTES,
  MAX_CANVAS_PIXELS,
  MAX_EDGE,
  type ResizedImage,
  type ResizeOptions,
} from './image-scale';

export interface ResizeRequest {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly type: string;
  readonly options: ResizeOptions;
}

export type ResizeReply =
  | { readonly kind: 'resized'; readonly image: ResizedImage }
  | { readonly kind: 'not-a-picture' }
  | { readonly kind: 'failed'; readonly message: string };

/** The worker could not start or stopped: the page does the work instead. */
class WorkerUnavailableError extends Error {}

const onPage: CanvasKit<HTMLCanvasElement> = {
  draw(source, { width, height }) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, width, height);
    return canvas;
  },
  size: ({ width, height }) => ({ width, height }),
  toJpeg: (canvas, quality) =>
    new Promise((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('JPEG encoding failed'))),
        'image/jpeg',
        quality,
      );
    }),
};

/** FileReader rather than Blob.arrayBuffer: older iPad Safari (before 14) lacks the latter. */
function readBytes(file: Blob): Promise<Uint8Array<ArrayBuffer>> {
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

const hasPictureWorkers = () =>
  typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';

function answerOf(data: ResizeReply): ResizedImage {
  if (data.kind === 'resized') return data.image;
  if (data.kind === 'not-a-picture') throw new NotAPictureError('could not be decoded');
  // OffscreenCanvas without 2D or JPEG support (some older browsers): try on the page.
  throw new WorkerUnavailableError(data.message);
}

/** The picture made small in a worker; the bytes are handed over, not copied. */
function resizeInWorker(request: ResizeRequest) {
  const worker = new Worker(new URL('./image-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ResizedImage>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ResizeReply>) => {
      try {
        resolve(answerOf(data));
      } catch (error) {
        reject(error instanceof Error ? error : new Error('failed'));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new WorkerUnavailableError(event.message || 'The picture worker stopped'));
    };
    worker.postMessage(request, [request.bytes.buffer]);
  }).finally(() => worker.terminate());
}

/**
 * Reads a picked file and returns it cropped, resized and compressed; throws NotAPictureError,
 * or PictureTooLargeError before decoding anything when its header says it is too large.
 */
export async function resizePhoto(file: Blob, options: ResizeOptions = {}): Promise<ResizedImage> {
  const bytes = await readBytes(file);
  checkPicture(bytes);
  if (hasPictureWorkers()) {
    try {
      // The bytes are handed over, not copied: only the file is needed after this.
      return await resizeInWorker({ bytes, type: file.type, options });
    } catch (error) {
      if (!(error instanceof WorkerUnavailableError)) throw error;
    }
  }
  return scalePicture(file, options, onPage);
}
