import { useTranslation } from 'react-i18next';
import type { SummaryFeeling } from '../../domain/summary';
import { FEELING_SIZES, type FeelingSize } from '../../domain/types';
import type { LookOf } from './card-look';
import { DrawingView } from '../../ui/drawing-view';
import { ImagePicture } from '../../ui/image-picture';

/** How big a feeling was, as five dots filled up to its size and in words ("Big (4 of 5)"). */
function SizeScale({
  size,
  colour,
}: {
  readonly size: FeelingSize;
  readonly colour: string | null;
}) {
  const { t } = useTranslation('finish');
  return (
    <span className="finish-scale">
      <span className="finish-scale__dots" aria-hidden="true">
        {FEELING_SIZES.map((n) => (
          <span
            key={n}
            className={`finish-scale__dot ${n <= size ? 'finish-scale__dot--filled' : ''}`}
            style={n <= size && colour ? { backgroundColor: colour } : undefined}
          />
        ))}
      </span>
      <span className="finish-scale__words">
        {t('story.size', { size: t(`story.sizes.${size}`), number: size })}
      </span>
    </span>
  );
}

export interface StepFeelingProps {
  readonly number: number;
  readonly feeling: SummaryFeeling;
  readonly lookOf: LookOf;
}

/** The feeling chosen for one story step: its picture, how big it was, and any drawing. */
export function StepFeeling({ number, feeling, lookOf }: StepFeelingProps) {
  const { t } = useTranslation('finish');
  if (!feeling.card && !feeling.size && !feeling.drawingMediaId) return null;
  const look = feeling.card ? lookOf(feeling.card) : null;
  return (
    <div className="finish-feeling" role="group" aria-label={t('story.feelingOf', { number })}>
      {look ? (
        <ImagePicture label={look.label} image={look.image} colour={look.colour} size="small" />
      ) : null}
      {feeling.size ? <SizeScale size={feeling.size} colour={feeling.colour} /> : null}
      {feeling.drawingMediaId ? (
        <DrawingView
          className="finish-feeling__drawing"
          mediaId={feeling.drawingMediaId}
          label={t('story.drawingOf', { number })}
        />
      ) : null}
    </div>
  );
}
