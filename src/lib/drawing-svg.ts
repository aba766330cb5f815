/**
 * A finger drawing as a picture: an SVG made from its strokes, on white, the size of the drawing
 * area. Stored as bytes of type image/svg+xml, it shows on a card like any photo (an <img> with
 * an object URL, ui/image-picture.tsx), where an SVG runs no script and loads nothing.
 */
import { DRAWING_HEIGHT, DRAWING_WIDTH, type Stroke } from './drawing-data';
import { strokePath } from './freehand';

export const DRAWING_TYPE = 'image/svg+xml';

/** Only #rrggbb colours reach the markup (drawing-data.ts checks stored ones the same way). */
const COLOUR = /^#[0-9a-fA-F]{6}$/;

export function drawingSvg(strokes: readonly Stroke[]): string {
  const paths = strokes.map((stroke) => {
    const fill = COLOUR.test(stroke.colour) ? stroke.colour : '#1a1a1a';
    return `<path d="${strokePath(stroke.points, stroke.isPen === true)}" fill="${fill}"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${DRAWING_WIDTH} ${DRAWING_HEIGHT}"`,
    ` width="${DRAWING_WIDTH}" height="${DRAWING_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...paths,
    '</svg>',
  ].join('');
}

/** The drawing's SVG as bytes to store. */
export function drawingSvgBytes(strokes: readonly Stroke[]): Uint8Array {
  return new TextEncoder().encode(drawingSvg(strokes));
}
