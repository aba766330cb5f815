import { describe, expect, it } from 'vitest';
import { decodeDrawing, encodeDrawing } from './drawing-data';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('drawing data', () => {
  it('comes back as it was saved', () => {
    const strokes = [
      {
        colour: '#277da1',
        points: [
          [1, 2, 0.5],
          [3, 4, 0.5],
        ] as const,
      },
    ];
    expect(decodeDrawing(encodeDrawing(strokes))).toEqual({
      version: 1,
      width: 480,
      height: 300,
      strokes,
    });
  });

  it.each([
    ['not JSON', new TextEncoder().encode('{oops')],
    ['another version', bytesOf({ version: 2, width: 1, height: 1, strokes: [] })],
    [
      'a bad colour',
      bytesOf({ version: 1, width: 1, height: 1, strokes: [{ colour: 'red', points: [] }] }),
    ],
    [
      'a broken point',
      bytesOf({
        version: 1,
        width: 1,
        height: 1,
        strokes: [{ colour: '#000000', points: [[1, 'x', 0.5]] }],
      }),
    ],
  ])('is refused when it is %s', (_, bytes) => {
    expect(decodeDrawing(bytes)).toBeNull();
  });
});
