import { useContentTranslation } from '../../i18n/content-language';
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
  const { t } = useContentTranslation('finish');
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

export interface StepFeelingsProps {
  readonly number: number;
  readonly feelings: readonly SummaryFeeling[];
  readonly lookOf: LookOf;
}

/** The feelings chosen for one story step: each one's picture, how big it was, and any drawing. */
export function StepFeelings({ number, feelings, lookOf }: StepFeelingsProps) {
  const { t } = useContentTranslation('finish');
  const shown = feelings.filter((f) => f.card || f.size || f.drawingMediaId);
  if (shown.length === 0) return null;
  return (
    <ul className="finish-feelings" aria-label={t('story.feelingOf', { number })}>
      {shown.map((feeling) => {
        const look = feeling.card ? lookOf(feeling.card) : null;
        return (
          <li key={feeling.id} className="finish-feeling">
            {look ? (
              <ImagePicture
                label={look.label}
                image={look.image}
                colour={look.colour}
                size="small"
              />
            ) : null}
            {feeling.size ? <SizeScale size={feeling.size} colour={feeling.colour} /> : null}
            {feeling.drawingMediaId ? (
              <DrawingView
                className="finish-feeling__drawing"
                mediaId={feeling.drawingMediaId}
                label={
                  look
                    ? t('story.drawingOfFeeling', { number, feeling: look.label })
                    : t('story.drawingOf', { number })
                }
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
