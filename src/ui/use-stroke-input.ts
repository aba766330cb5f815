import { useRef, useState, type PointerEvent } from 'react';
import type { StrokePoint } from '../lib/freehand';
import { DRAWING_HEIGHT, DRAWING_WIDTH, type Stroke } from '../lib/drawing-data';

/** Pressure for fingers and mice, which report none worth using; perfect-freehand simulates it. */
const DEFAULT_PRESSURE = 0.5;

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);
const round = (n: number) => Math.round(n * 10) / 10;

/** Where a pointer is, in drawing units (the area can be shown smaller than 480×300). */
function pointOf(event: PointerEvent<SVGSVGElement>): StrokePoint {
  const rect = event.currentTarget.getBoundingClientRect();
  const scaleX = rect.width > 0 ? DRAWING_WIDTH / rect.width : 1;
  const scaleY = rect.height > 0 ? DRAWING_HEIGHT / rect.height : 1;
  const isPen = event.pointerType === 'pen' && event.pressure > 0;
  return [
    round(clamp((event.clientX - rect.left) * scaleX, DRAWING_WIDTH)),
    round(clamp((event.clientY - rect.top) * scaleY, DRAWING_HEIGHT)),
    isPen ? Math.min(event.pressure, 1) : DEFAULT_PRESSURE,
  ];
}

/**
 * Turns one pointer's down–move–up into a stroke. Only one pointer draws at a time, so a palm or
 * a second finger does not scribble; the pointer is captured so a stroke that leaves the area
 * still ends cleanly.
 */
export function useStrokeInput(colour: string, onStroke: (stroke: Stroke) => void) {
  const active = useRef<{ id: number; isPen: boolean; points: StrokePoint[] } | null>(null);
  const [live, setLive] = useState<Stroke | null>(null);

  const show = () => {
    const current = active.current;
    setLive(current ? { colour, points: current.points, isPen: current.isPen } : null);
  };
  const end = (event: PointerEvent<SVGSVGElement>) => {
    const current = active.current;
    if (current?.id !== event.pointerId) return;
    active.current = null;
    setLive(null);
    onStroke({ colour, points: current.points, isPen: current.isPen });
  };

  return {
    live,
    handlers: {
      onPointerDown(event: PointerEvent<SVGSVGElement>) {
        if (active.current || (event.pointerType === 'mouse' && event.button !== 0)) return;
        const target = event.currentTarget;
        // jsdom and some old browsers lack pointer capture; drawing still works without it.
        if (typeof target.setPointerCapture === 'function')
          target.setPointerCapture(event.pointerId);
        active.current = {
          id: event.pointerId,
          isPen: event.pointerType === 'pen',
          points: [pointOf(event)],
        };
        show();
      },
      onPointerMove(event: PointerEvent<SVGSVGElement>) {
        const current = active.current;
        if (current?.id !== event.pointerId) return;
        current.points = [...current.points, pointOf(event)];
        show();
      },
      onPointerUp: end,
      onPointerCancel: end,
    },
  };
}
