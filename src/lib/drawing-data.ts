/**
 * The stored shape of a finger drawing: stroke points as JSON bytes, small and vector. Stored
 * bytes are checked on the way back in, so a damaged or foreign record shows an empty drawing
 * instead of breaking the step.
 */
import * as v from 'valibot';
import type { StrokePoint } from './freehand';

export const DRAWING_WIDTH = 480;
export const DRAWING_HEIGHT = 300;
/** Ink when no colour is chosen: the app's text colour. */
export const INK = '#1a1a1a';
const MAX_STROKES = 500;
const MAX_POINTS = 4000;

export interface Stroke {
  readonly colour: string;
  readonly points: readonly StrokePoint[];
  /** Whether a pen drew it (real pressure); not stored, older strokes are drawn as fingers. */
  readonly isPen?: boolean;
}

export interface Drawing {
  readonly version: 1;
  readonly width: number;
  readonly height: number;
  readonly strokes: readonly Stroke[];
}

const finite = v.pipe(v.number(), v.finite());
const DrawingSchema = v.object({
  version: v.literal(1),
  width: v.pipe(finite, v.minValue(1)),
  height: v.pipe(finite, v.minValue(1)),
  strokes: v.pipe(
    v.array(
      v.object({
        colour: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/)),
        points: v.pipe(
          v.array(v.tuple([finite, finite, v.pipe(finite, v.minValue(0), v.maxValue(1))])),
          v.maxLength(MAX_POINTS),
        ),
        isPen: v.optional(v.boolean()),
      }),
    ),
    v.maxLength(MAX_STROKES),
  ),
});

export function encodeDrawing(strokes: readonly Stroke[]): Uint8Array {
  const drawing: Drawing = {
    version: 1,
    width: DRAWING_WIDTH,
    height: DRAWING_HEIGHT,
    strokes: strokes.slice(0, MAX_STROKES).map((s) => ({
      colour: s.colour,
      points: s.points.slice(0, MAX_POINTS),
      ...(s.isPen ? { isPen: true } : {}),
    })),
  };
  return new TextEncoder().encode(JSON.stringify(drawing));
}

/** The drawing in stored bytes, or null when they are not a drawing this app can show. */
export function decodeDrawing(bytes: Uint8Array): Drawing | null {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const result = v.safeParse(DrawingSchema, parsed);
    return result.success ? result.output : null;
  } catch {
    return null;
  }
}
