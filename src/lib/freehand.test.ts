import { describe, expect, it } from 'vitest';
import { outlineToPath, strokePath, type StrokePoint } from './freehand';

const line: StrokePoint[] = [
  [10, 10, 0.5],
  [40, 20, 0.5],
  [80, 30, 0.6],
  [120, 60, 0.7],
];

describe('strokePath', () => {
  it('draws nothing for no points', () => {
    expect(strokePath([], false)).toBe('');
  });

  it('makes a closed, finite path around the points', () => {
    const d = strokePath(line, false);
    expect(d.startsWith('M ')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers.length).toBeGreaterThan(8);
    expect(numbers.every(Number.isFinite)).toBe(true);
    // The outline stays near the stroke: no point far outside the drawn line.
    expect(Math.max(...numbers)).toBeLessThan(140);
  });

  it("follows a pen's own pressure: a harder press makes a wider stroke", () => {
    const width = (pressure: number) => {
      const numbers = strokePath(
        line.map(([x, y]) => [x, y, pressure] as const),
        true,
      )
        .match(/-?\d+(\.\d+)?/g)!
        .map(Number);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      return Math.max(...ys) - Math.min(...ys);
    };
    expect(width(1)).toBeGreaterThan(width(0.1));
  });
});

describe('outlineToPath', () => {
  it('needs at least two outline points', () => {
    expect(outlineToPath([[1, 2]])).toBe('');
    expect(outlineToPath([])).toBe('');
  });

  it('curves through midpoints and closes the shape', () => {
    expect(
      outlineToPath([
        [0, 0],
        [10, 0],
      ]),
    ).toBe('M 0 0 Q 0 0 5 0 10 0 5 0 Z');
  });
});
