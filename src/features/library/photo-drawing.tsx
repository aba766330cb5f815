import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAWING_HEIGHT, DRAWING_WIDTH, INK, type Stroke } from '../../lib/drawing-data';
import { strokePath } from '../../lib/freehand';
import { useStrokeInput } from '../../ui/use-stroke-input';

export interface PhotoDrawingProps {
  readonly strokes: readonly Stroke[];
  readonly onChange: (strokes: readonly Stroke[]) => void;
}

const Strokes = memo(function Strokes({ strokes }: { readonly strokes: readonly Stroke[] }) {
  return strokes.map((stroke, i) => (
    <path key={i} d={strokePath(stroke.points, stroke.isPen === true)} fill={stroke.colour} />
  ));
});

const VIEW_BOX = `0 0 ${DRAWING_WIDTH} ${DRAWING_HEIGHT}`;

/** A drawing made for a card, with a finger or a pen; kept only when the card is added. */
export function PhotoDrawing({ strokes, onChange }: PhotoDrawingProps) {
  const { t } = useTranslation('library');
  const hintId = useId();
  const { live, handlers } = useStrokeInput(INK, (stroke) => onChange([...strokes, stroke]));
  return (
    <div className="add-photo__drawing">
      <p id={hintId} className="field-hint">
        {t('photo.drawingHint')}
      </p>
      <svg
        className="add-photo__canvas"
        viewBox={VIEW_BOX}
        role="img"
        aria-label={t('photo.drawing')}
        aria-describedby={hintId}
        {...handlers}
      >
        <Strokes strokes={strokes} />
        {live ? <Strokes strokes={[live]} /> : null}
      </svg>
      <div className="actions">
        <button
          type="button"
          className="button button--quiet"
          disabled={strokes.length === 0}
          onClick={() => onChange(strokes.slice(0, -1))}
        >
          {t('photo.undo')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={strokes.length === 0}
          onClick={() => onChange([])}
        >
          {t('photo.clear')}
        </button>
      </div>
    </div>
  );
}
