import { memo, useMemo, useState } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { strokePath } from '../../lib/freehand';
import { useMediaBytes } from '../../storage/media-repo';
import {
  decodeDrawing,
  DRAWING_HEIGHT,
  DRAWING_WIDTH,
  encodeDrawing,
  INK,
  type Stroke,
} from '../../lib/drawing-data';
import { useStrokeInput } from '../../ui/use-stroke-input';

export interface DrawingPadProps {
  /** Whose drawing this is (a feeling's id): lines drawn for another are never mixed in. */
  readonly id: string;
  /** The drawing's name ("Drawing of angry in step 2"). */
  readonly label: string;
  readonly colour: string | null;
  readonly drawingMediaId: string | null;
  /** Stores the drawing (null clears it); `message`, when not empty, is said once saved. */
  readonly onSave: (bytes: Uint8Array | null, message: string) => void;
}

/**
 * The lines drawn here, for the feeling they were drawn for. Once a line is drawn they are what
 * the pad shows: each save is queued in order, so storage always ends with exactly these lines,
 * and a later line never builds on a save that has not landed yet.
 */
interface Draft {
  readonly id: string;
  readonly strokes: readonly Stroke[];
}

const Strokes = memo(function Strokes({ strokes }: { readonly strokes: readonly Stroke[] }) {
  return strokes.map((stroke, i) => (
    <path key={i} d={strokePath(stroke.points, stroke.isPen === true)} fill={stroke.colour} />
  ));
});

/**
 * A finger drawing for one feeling, saved as each line is finished (like every other change in
 * Together), so a reload or a switch of step never loses a line. An optional extra: keyboard
 * users skip it (a screen reader says so; on screen the hint is for fingers), and its text
 * alternative says whether there is a drawing and how many lines.
 */
export function DrawingPad({ id, label, colour, drawingMediaId, onSave }: DrawingPadProps) {
  const { t } = useContentTranslation('feelings');
  const stored = useMediaBytes(drawingMediaId ?? undefined);
  const saved = useMemo(() => (stored ? decodeDrawing(stored.bytes) : null), [stored]);
  const isUnreadable = drawingMediaId !== null && stored !== undefined && saved === null;
  const savedStrokes = saved?.strokes ?? [];
  const [heldDraft, setDraft] = useState<Draft | null>(null);
  const draft = heldDraft?.id === id ? heldDraft : null;
  const strokes = draft?.strokes ?? savedStrokes;
  const change = (next: readonly Stroke[], message = '') => {
    setDraft({ id, strokes: next });
    onSave(next.length > 0 ? encodeDrawing(next) : null, message);
  };
  const { live, handlers } = useStrokeInput(colour ?? INK, (stroke) =>
    change([...strokes, stroke]),
  );

  const clear = () => change([], t('drawing.cleared'));
  const textId = `feelings-drawing-text-${id}`;
  return (
    <div className="feelings__extra">
      <p className="feelings__quiet">
        {t('drawing.hint')} <span className="visually-hidden">{t('drawing.skipHint')}</span>
      </p>
      <svg
        className="feelings__drawing"
        viewBox={`0 0 ${DRAWING_WIDTH} ${DRAWING_HEIGHT}`}
        role="img"
        aria-label={label}
        aria-describedby={textId}
        {...handlers}
      >
        <Strokes strokes={strokes} />
        {live ? <Strokes strokes={[live]} /> : null}
      </svg>
      <p id={textId} className="feelings__quiet" aria-live="polite">
        {isUnreadable && !draft
          ? t('drawing.unreadable')
          : strokes.length > 0
            ? t('drawing.lines', { count: strokes.length })
            : t('drawing.empty')}{' '}
      </p>
      <div className="feelings__actions">
        <button
          type="button"
          className="button button--quiet"
          disabled={strokes.length === 0}
          onClick={() => change(strokes.slice(0, -1))}
        >
          {t('drawing.undo')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={strokes.length === 0 && !drawingMediaId}
          onClick={clear}
        >
          {t('drawing.clear')}
        </button>
      </div>
    </div>
  );
}
