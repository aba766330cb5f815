/**
 * Smooth, pressure-shaped pen strokes for finger drawings: perfect-freehand turns the points a
 * pointer passed through into the outline of a stroke, and this turns that outline into an SVG
 * path. Pens give real pressure; fingers and mice get pressure simulated from speed.
 */
import { getStroke } from 'perfect-freehand';

/** One point as drawn: x, y and pressure (0–1). */
export type StrokePoint = readonly [number, number, number];

const STROKE_OPTIONS = { size: 12, thinning: 0.5, smoothing: 0.5, streamline: 0.5 } as const;

const average = (a: number, b: number) => (a + b) / 2;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The SVG path (`d`) of a stroke's outline, or '' when there is nothing to draw.
 * `isPen` keeps the pen's own pressure; otherwise pressure follows speed.
 */
export function strokePath(points: readonly StrokePoint[], isPen: boolean): string {
  if (points.length === 0) return '';
  const outline = getStroke(
    points.map(([x, y, pressure]) => [x, y, pressure]),
    { ...STROKE_OPTIONS, simulatePressure: !isPen },
  );
  return outlineToPath(outline);
}

/** Quadratic curves through the midpoints of the outline: smooth, and a closed shape to fill. */
export function outlineToPath(outline: readonly (readonly number[])[]): string {
  const first = outline[0];
  if (outline.length < 2 || !first) return '';
  const parts = [`M ${round(first[0] ?? 0)} ${round(first[1] ?? 0)} Q`];
  outline.forEach((point, i) => {
    const next = outline[(i + 1) % outline.length] ?? point;
    const [x0 = 0, y0 = 0] = point;
    const [x1 = 0, y1 = 0] = next;
    parts.push(`${round(x0)} ${round(y0)} ${round(average(x0, x1))} ${round(average(y0, y1))}`);
  });
  parts.push('Z');
  return parts.join(' ');
}
