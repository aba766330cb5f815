// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  MAX_CANVAS_PIXELS,
  NotAPictureError,
  downscaleSteps,
  fitWithin,
  resizePhoto,
  whyNotAPicture,
} from './image-resize';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => Array.from(new TextEncoder().encode(text));

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

describe('resizePhoto', () => {
  it('refuses a non-picture before decoding anything', async () => {
    const file = new File(['not a photo'], 'photo.jpg', { type: 'image/jpeg' });
    await expect(resizePhoto(file)).rejects.toBeInstanceOf(NotAPictureError);
  });
});
