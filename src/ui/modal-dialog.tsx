/**
 * A real modal: rendered over everything, the rest of the page made inert while it is open,
 * focus moved in on open and kept in on Tab, Escape closes, and focus goes back on close.
 * Not the native <dialog> element: jsdom has no showModal, and tests use the real component.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './modal-dialog.css';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export interface ModalDialogProps {
  readonly labelledBy: string;
  readonly describedBy?: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** Marks everything beside the modal inert; returns how to undo exactly that. */
function makeOthersInert(overlay: HTMLElement): () => void {
  const others = Array.from(document.body.children).filter(
    (element) => element !== overlay && !element.hasAttribute('inert'),
  );
  for (const element of others) element.setAttribute('inert', '');
  return () => {
    for (const element of others) element.removeAttribute('inert');
  };
}

function keepFocusInside(event: KeyboardEvent, box: HTMLElement): void {
  const focusable = Array.from(box.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export function ModalDialog({ labelledBy, describedBy, onClose, children }: ModalDialogProps) {
  const overlay = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);

  const close = useRef(onClose);

  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const dialog = box.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const restore = overlay.current ? makeOthersInert(overlay.current) : () => undefined;
    dialog?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    // A native listener: jsx-a11y rightly asks that a dialog's own element has no handlers.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close.current();
      } else if (event.key === 'Tab' && dialog) {
        keepFocusInside(event, dialog);
      }
    };
    dialog?.addEventListener('keydown', onKeyDown);
    return () => {
      dialog?.removeEventListener('keydown', onKeyDown);
      restore();
      opener?.focus();
    };
  }, []);

  return createPortal(
    <div ref={overlay} className="modal-overlay">
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        className="modal-dialog"
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
