// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  MAX_CANVAS_PIXELS,
  MAX_DECODE_PIXELS,
  NotAPictureError,
  PictureTooLargeError,
  downscaleSteps,
  fitWithin,
  pictureSize,
  resizePhoto,
  whyNotAPicture,
} from './image-resize';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => Array.from(new TextEncoder().encode(text));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];

/** A complete PNG that only says how big it is: its signature, IHDR and IEND, no pixels. */
function pngOfSize(width: number, height: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...be32(13),
    ...ascii('IHDR'),
    ...be32(width),
    ...be32(height),
    ...[8, 6, 0, 0, 0],
    ...be32(0),
    ...be32(0),
    ...ascii('IEND'),
    ...be32(0),
  ]);
}

describe('fitWithin', () => {
  it('fits the long side and keeps the shape', () => {
    expect(fitWithin({ width: 4000, height: 3000 }, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin({ width: 3000, height: 4000 }, 1600)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small picture', () => {
    expect(fitWithin({ width: 640, height: 480 }, 1600)).toEqual({ width: 640, height: 480 });
  });
});

describe('downscaleSteps', () => {
  it('goes from a 12-megapixel photo to 1600 px in halving steps', () => {
    expect(downscaleSteps({ width: 4000, height: 3000 })).toEqual([
      { width: 3200, height: 2400 },
      { width: 1600, height: 1200 },
    ]);
  });

  it('keeps every step within the iPad canvas limit, even for a huge panorama', () => {
    for (const size of [
      { width: 12000, height: 9000 },
      { width: 20000, height: 2000 },
      { width: 4032, height: 3024 },
    ]) {
      const steps = downscaleSteps(size);
      for (const step of steps)
        expect(step.width * step.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
      expect(Math.max(steps.at(-1)!.width, steps.at(-1)!.height)).toBe(1600);
    }
  });

  it('leaves a small picture at its size, in one step', () => {
    expect(downscaleSteps({ width: 800, height: 600 })).toEqual([{ width: 800, height: 600 }]);
  });
});

describe('whyNotAPicture', () => {
  it('accepts complete JPEG, PNG, GIF and HEIC headers', () => {
    expect(whyNotAPicture(bytes(0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9))).toBeNull();
    expect(
      whyNotAPicture(bytes(0x89, 0x50, 0x4e, 0x47, ...ascii('....IEND'), 0, 0, 0, 0)),
    ).toBeNull();
    expect(whyNotAPicture(bytes(...ascii('GIF89a')))).toBeNull();
    expect(whyNotAPicture(bytes(0, 0, 0, 24, ...ascii('ftypheic')))).toBeNull();
  });

  it('refuses a cut-off JPEG or PNG', () => {
    expect(whyNotAPicture(bytes(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3))).toBe('truncated JPEG');
    expect(whyNotAPicture(bytes(0x89, 0x50, 0x4e, 0x47, 1, 2, 3))).toBe('truncated PNG');
  });

  it('refuses text that is only named like a picture', () => {
    expect(whyNotAPicture(new TextEncoder().encode('hello, not a photo'))).toBe('unknown format');
    expect(whyNotAPicture(bytes())).toBe('unknown format');
  });
});

describe('pictureSize', () => {
  it('reads the size from a PNG, GIF, JPEG or WebP header without decoding', () => {
    expect(pictureSize(pngOfSize(20_000, 20_000))).toEqual({ width: 20_000, height: 20_000 });
    expect(pictureSize(bytes(...ascii('GIF89a'), ...le16(640), ...le16(480)))).toEqual({
      width: 640,
      height: 480,
    });
    // A JPEG: start, an APP0 segment of 16 bytes, then its frame (SOF0) with height and width.
    const app0 = [0xff, 0xe0, 0x00, 0x10, ...new Array<number>(14).fill(0)];
    const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, 0x0b, 0xb8, 0x0f, 0xa0, 3, 0, 0, 0];
    expect(pictureSize(bytes(0xff, 0xd8, ...app0, ...sof0))).toEqual({ width: 4000, height: 3000 });
    // A WebP with the extended header (VP8X): sizes minus one, 24 bits each.
    const vp8x = [...ascii('VP8X'), ...be32(0), 0, 0, 0, 0, 0x7f, 0x0c, 0x00, 0xff, 0x08, 0x00];
    const webp = bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP'), ...vp8x);
    expect(pictureSize(webp)).toEqual({ width: 3200, height: 2304 });
  });

  it('says nothing for a format whose header it does not read, or a header cut short', () => {
    expect(pictureSize(bytes(0, 0, 0, 24, ...ascii('ftypheic')))).toBeNull();
    expect(pictureSize(bytes(0xff, 0xd8, 0xff, 0xe0))).toBeNull();
  });
});

describe('resizePhoto', () => {
  it('refuses a picture too large to decode on a tablet, from its header, before decoding', async () => {
    const file = new File([pngOfSize(20_000, 20_000)], 'huge.png', { type: 'image/png' });
    const refusal = resizePhoto(file);
    await expect(refusal).rejects.toBeInstanceOf(PictureTooLargeError);
    await expect(refusal).rejects.toMatchObject({ size: { width: 20_000, height: 20_000 } });
    expect(20_000 * 20_000).toBeGreaterThan(MAX_DECODE_PIXELS);
    // A 48-megapixel camera photo is within the limit.
    expect(8000 * 6000).toBeLessThanOrEqual(MAX_DECODE_PIXELS);
  });

  it('refuses a non-picture before decoding anything', async () => {
    const file = new File(['not a photo'], 'photo.jpg', { type: 'image/jpeg' });
    await expect(resizePhoto(file)).rejects.toBeInstanceOf(NotAPictureError);
  });
});
