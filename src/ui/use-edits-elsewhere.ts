/**
 * What a text field does when its stored words change while someone is typing in it — the same
 * field open in another tab (or, later, on another tablet). Words typed here are never silently
 * replaced, and words stored elsewhere are never silently overwritten:
 * - a change that is this field's own save coming back is ignored;
 * - while nothing has been typed since the field was entered, the newer words are simply shown;
 * - once something has been typed, the newer words are held as `elsewhere` for the person to
 *   choose: use them, or keep both. Until then nothing is stored on a timer; if the field is left
 *   or the page closes first, both are kept.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** How many of this field's own saves are remembered to recognise their echo. */
const OWN_SAVES_KEPT = 8;

export interface EditsElsewhereOptions {
  readonly stored: string;
  readonly draft: string;
  readonly isEditing: boolean;
  /** Shows other words in the field (the person has not typed anything yet). */
  readonly show: (value: string) => void;
  readonly isMultiline: boolean;
  readonly maxLength: number | undefined;
}

export interface EditsElsewhere {
  /** Newer words stored elsewhere while this field was being typed in, or null. */
  readonly elsewhere: string | null;
  /** Call when editing starts, with the stored words it starts from. */
  readonly begin: (stored: string) => void;
  /** Call with every value this field stores. */
  readonly noteSaved: (value: string) => void;
  /** Words typed here and the newer words, in one text cut to the field's limit. */
  readonly bothOf: (mine: string) => string;
  /** Forget the held words once the person has chosen. */
  readonly resolve: () => void;
}

export function useEditsElsewhere(options: EditsElsewhereOptions): EditsElsewhere {
  const { stored, draft, isEditing, show, isMultiline, maxLength } = options;
  const base = useRef(stored);
  const ownSaves = useRef<string[]>([]);
  const typed = useRef(draft);
  const [elsewhere, setElsewhere] = useState<string | null>(null);

  useEffect(() => {
    typed.current = draft;
  }, [draft]);

  useEffect(() => {
    if (!isEditing) return;
    if (stored === base.current || ownSaves.current.includes(stored)) return;
    if (typed.current === base.current) {
      base.current = stored;
      show(stored);
    } else if (stored !== typed.current) {
      setElsewhere(stored);
    }
  }, [stored, isEditing, show]);

  const begin = useCallback((value: string) => {
    base.current = value;
    ownSaves.current = [];
    setElsewhere(null);
  }, []);
  const noteSaved = useCallback((value: string) => {
    base.current = value;
    ownSaves.current = [...ownSaves.current.slice(1 - OWN_SAVES_KEPT), value];
  }, []);
  const bothOf = useCallback(
    (mine: string) => {
      const parts = [mine, elsewhere ?? ''].filter((text) => text.trim() !== '');
      const text = parts.join(isMultiline ? '\n' : ' ');
      return maxLength === undefined ? text : text.slice(0, maxLength);
    },
    [elsewhere, isMultiline, maxLength],
  );
  const resolve = useCallback(() => {
    if (elsewhere !== null) base.current = elsewhere;
    setElsewhere(null);
  }, [elsewhere]);
  return { elsewhere, begin, noteSaved, bothOf, resolve };
}
