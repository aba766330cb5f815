/**
 * "Deleted step 2. [Undo]": what was just taken away can be put back for a while (issue 10,
 * point 4). The words are the ones the live region has just spoken, shown beside the button. It
 * stays at least UNDO_SHOWN_MS, and never goes while a finger, the mouse or the focus is on its button
 * (WCAG 2.2.1): the time starts again when they leave.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from './icons';

export const UNDO_SHOWN_MS = 15_000;

export interface UndoNoticeProps {
  readonly message: string;
  readonly undoLabel: string;
  readonly onUndo: () => void;
  /** Called when the time is up: the notice goes, and what was removed stays removed. */
  readonly onExpire: () => void;
}

export function UndoNotice({ message, undoLabel, onUndo, onExpire }: UndoNoticeProps) {
  const [isHeld, setHeld] = useState(false);
  const messageId = useId();
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });
  useEffect(() => {
    if (isHeld) return undefined;
    const timer = window.setTimeout(() => expire.current(), UNDO_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [isHeld, message]);

  return (
    <div className="undo-notice" role="group" aria-labelledby={messageId}>
      <p id={messageId}>{message}</p>
      <button
        type="button"
        className="button"
        onClick={onUndo}
        onPointerEnter={() => setHeld(true)}
        onPointerLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={() => setHeld(false)}
      >
        <Icon name="undo" />
        {undoLabel}
      </button>
    </div>
  );
}
