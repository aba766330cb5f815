import { useTranslation } from 'react-i18next';
import { isWayOffered } from '../../domain/together';
import type { FrameFeeling } from '../../domain/types';
import { ColourChoice } from './colour-choice';
import { DrawingPad } from './drawing-pad';
import { SoundChoice } from './sound-choice';
import type { StepFeelingProps } from './step-feeling';

/** Optional ways to show the feeling: a colour, a drawing (if chosen on Welcome), a sound. */
export function FeelingExtras({
  conversation,
  frame,
  number,
  feeling,
  onChange,
  onSaveDrawing,
}: StepFeelingProps & { readonly feeling: FrameFeeling }) {
  const { t } = useTranslation('feelings');
  return (
    <div className="feelings__block feelings__extras">
      <h3>{t('extras.heading')}</h3>
      <ColourChoice
        colour={feeling.colour}
        onChoose={(colour) => onChange({ colour: colour === feeling.colour ? null : colour })}
      />
      {isWayOffered(conversation, 'drawing') ? (
        <DrawingPad
          key={frame.id}
          number={number}
          colour={feeling.colour}
          drawingMediaId={feeling.drawingMediaId}
          onSave={onSaveDrawing}
        />
      ) : null}
      <SoundChoice
        soundId={feeling.soundId}
        onChoose={(soundId) => onChange({ soundId: soundId === feeling.soundId ? null : soundId })}
      />
    </div>
  );
}
