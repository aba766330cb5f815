/**
 * A stored finger drawing shown as a picture (the summary, Finish): the same vector lines the
 * drawing pad drew, from the media record, never pixels. A drawing that cannot be read shows
 * nothing; the words beside it still say there was one.
 */
import { useMemo } from 'react';
import { decodeDrawing } from '../lib/drawing-data';
import { strokePath } from '../lib/freehand';
import { useMediaBytes } from '../storage/media-repo';

export interface DrawingViewProps {
  readonly mediaId: string;
  /** What the drawing is, for screen readers ("The drawing for step 2"). */
  readonly label: string;
  readonly className?: string;
}

export function DrawingView({ mediaId, label, className }: DrawingViewProps) {
  const stored = useMediaBytes(mediaId);
  const drawing = useMemo(() => (stored ? decodeDrawing(stored.bytes) : null), [stored]);
  if (!drawing) return null;
  return (
    <svg
      className={`drawing-view ${className ?? ''}`}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      role="img"
      aria-label={label}
    >
      {drawing.strokes.map((stroke, i) => (
        <path key={i} d={strokePath(stroke.points, stroke.isPen === true)} fill={stroke.colour} />
      ))}
    </svg>
  );
}
