/**
 * The Web Worker that decodes, crops, scales and compresses a picture (image-resize.ts starts
 * it), so a large photo never freezes the page. A thin shell around scalePicture on
 * OffscreenCanvas; the header was checked on the page before the bytes came here.
 */
import { NotAPictureError } from './picture-header';
import { scalePicture, type CanvasKit, type ResizedImage } from './image-scale';
import type { ResizeReply, ResizeRequest } from './image-resize';

const offscreen: CanvasKit<OffscreenCanvas> = {
  draw(source, { width, height }) {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, width, height);
    return canvas;
  },
  size: ({ width, height }) => ({ width, height }),
  toJpeg: (canvas, quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }),
};

function reply(message: ResizeReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function resize({ bytes, type, options }: ResizeRequest): Promise<void> {
  try {
    const image: ResizedImage = await scalePicture(new Blob([bytes], { type }), options, offscreen);
    reply({ kind: 'resized', image }, [image.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    if (error instanceof NotAPictureError) reply({ kind: 'not-a-picture' });
    else reply({ kind: 'failed', message: error instanceof Error ? error.message : 'failed' });
  }
}

self.onmessage = (event: MessageEvent<ResizeRequest>) => void resize(event.data);
