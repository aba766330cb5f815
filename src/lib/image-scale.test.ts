import { describe, expect, it } from 'vitest';
import { cropArea, downscaleSteps } from './image-scale';
import { checkPicture, pictureSize, PictureTooLargeError } from './picture-header';

describe('cropArea', () => {
  it('keeps the whole picture unless a square is asked for', () => {
    expect(cropArea({ width: 4000, height: 3000 }, false)).toEqual({
      x: 0,
      y: 0,
      width: 4000,
      height: 3000,
    });
  });

  it('keeps the centre square of a wide or a tall picture', () => {
    expect(cropArea({ width: 4000, height: 3000 }, true)).toEqual({
      x: 500,
      y: 0,
      width: 3000,
      height: 3000,
    });
    expect(cropArea({ width: 3000, height: 4001 }, true)).toEqual({
      x: 0,
      y: 500,
      width: 3000,
      height: 3000,
    });
  });

  it('makes a square photo 1600 px on each side', () => {
    const steps = downscaleSteps(cropArea({ width: 8000, height: 6000 }, true));
    expect(steps.at(-1)).toEqual({ width: 1600, height: 1600 });
  });
});

const ascii = (text: string) => Array.from(new TextEncoder().encode(text));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
/** The start of a HEIC: its ftyp box, then `ispe` boxes for tiles and for the whole picture. */
function heicWith(...sizes: [number, number][]): Uint8Array {
  const ispe = sizes.flatMap(([w, h]) => [
    ...be32(20),
    ...ascii('ispe'),
    0,
    0,
    0,
    0,
    ...be32(w),
    ...be32(h),
  ]);
  return new Uint8Array([
    ...be32(24),
    ...ascii('ftypheic'),
    ...new Array<number>(12).fill(0),
    ...ispe,
  ]);
}

describe('the size of a HEIC or AVIF', () => {
  it('is read from its largest ispe box, so a huge one is refused before decoding', () => {
    const huge = heicWith([512, 512], [20_000, 20_000]);
    expect(pictureSize(huge)).toEqual({ width: 20_000, height: 20_000 });
    expect(() => checkPicture(huge)).toThrow(PictureTooLargeError);
  });

  it('lets a camera-sized one through', () => {
    expect(() => checkPicture(heicWith([512, 512], [4032, 3024]))).not.toThrow();
  });
});
