import { useId, useState } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { isWayOffered } from '../../domain/together';
import type { FrameFeeling } from '../../domain/types';
import { ColourChoice } from './colour-choice';
import { DrawingPad } from './drawing-pad';
import type { FeelingPanelProps } from './feeling-panel';
import { SoundChoice } from './sound-choice';

type Extra = 'colour' | 'drawing' | 'sound';

/** Whether anything was chosen under "Add more", so it opens to show it. */
export function hasExtras(feeling: FrameFeeling): boolean {
  return feeling.colour !== null || feeling.drawingMediaId !== null || feeling.soundId !== null;
}

/**
 * What "Add more" holds for one feeling: a colour, a drawing (if chosen on Welcome) and a sound,
 * each behind its own button so one tool shows at a time. A button shows what was chosen with
 * it (the colour, a tick), so nothing chosen is out of sight.
 */
export function FeelingExtras({
  conversation,
  feeling,
  number,
  word,
  writes,
}: FeelingPanelProps & { readonly word: string }) {
  const { t } = useContentTranslation('feelings');
  const toolId = useId();
  // A drawing the person made shows again; a colour or sound shows on its button.
  const [open, setOpen] = useState<Extra | null>(() =>
    feeling.drawingMediaId !== null && isWayOffered(conversation, 'drawing') ? 'drawing' : null,
  );
  const extras: readonly Extra[] = isWayOffered(conversation, 'drawing')
    ? ['colour', 'drawing', 'sound']
    : ['colour', 'sound'];
  const isChosen: Record<Extra, boolean> = {
    colour: feeling.colour !== null,
    drawing: feeling.drawingMediaId !== null,
    sound: feeling.soundId !== null,
  };
  const change = writes.onChange;
  return (
    <div className="feelings__extras">
      <p className="feelings__quiet">{t('extras.hint')}</p>
      <div className="feelings__extra-buttons">
        {extras.map((extra) => (
          <button
            key={extra}
            type="button"
            className={`button button--quiet feelings__extra-button${isChosen[extra] ? ' feelings__extra-button--chosen' : ''}`}
            aria-expanded={open === extra}
            aria-controls={toolId}
            onClick={() => setOpen(open === extra ? null : extra)}
          >
            {extra === 'colour' && feeling.colour ? (
              <span
                className="feelings__extra-swatch"
                style={{ backgroundColor: feeling.colour }}
                aria-hidden="true"
              />
            ) : null}
            {t(`${extra}.heading`)}
          </button>
        ))}
      </div>
      <div id={toolId}>
        {open === 'colour' ? (
          <ColourChoice
            colour={feeling.colour}
            onChoose={(colour) =>
              change(feeling.id, { colour: colour === feeling.colour ? null : colour })
            }
          />
        ) : null}
        {open === 'drawing' ? (
          <DrawingPad
            id={feeling.id}
            label={t('drawing.area', { feeling: word, number })}
            colour={feeling.colour}
            drawingMediaId={feeling.drawingMediaId}
            onSave={(bytes, message) => writes.onSaveDrawing(feeling.id, bytes, message)}
          />
        ) : null}
        {open === 'sound' ? (
          <SoundChoice
            soundId={feeling.soundId}
            onChoose={(soundId) =>
              change(feeling.id, { soundId: soundId === feeling.soundId ? null : soundId })
            }
          />
        ) : null}
      </div>
    </div>
  );
}
