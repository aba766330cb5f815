/**
 * One drag path for finger, pen and mouse: react-dnd's touch backend with mouse events on.
 * The HTML5 backend falls back to iOS native drag on iPad (long-press, preview far from the
 * finger), so it is not used. Keyboard and tap go through the same storyboard commands instead.
 */
import type { ReactNode } from 'react';
import { DndProvider } from 'react-dnd';
import { TouchBackend, type TouchBackendOptions } from 'react-dnd-touch-backend';

const options: Partial<TouchBackendOptions> = {
  enableMouseEvents: true,
  enableKeyboardEvents: true,
  delayTouchStart: 0,
  touchSlop: 8,
  ignoreContextMenu: true,
  // No scrollAngleRanges: pictures travel up from the tray to the story, a mostly vertical move
  // that those ranges would treat as a scroll. Drag areas do not scroll; the tray pages instead.
};

export function TouchDndProvider({ children }: { readonly children: ReactNode }) {
  return (
    <DndProvider backend={TouchBackend} options={options}>
      {children}
    </DndProvider>
  );
}

export { useDrag, useDrop, useDragLayer } from 'react-dnd';
