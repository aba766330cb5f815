import { useTranslation } from 'react-i18next';
import { feelingFor, type FeelingChanges } from '../../domain/together';
import type { Conversation, Frame } from '../../domain/types';
import { ImagePicture } from '../../ui/image-picture';
import type { LookOf } from './card-look';
import { FeelingExtras } from './feeling-extras';
import { FeelingCards } from './feeling-cards';
import { SizeChoice } from './size-choice';

export interface StepFeelingProps {
  readonly conversation: Conversation;
  readonly frame: Frame;
  readonly number: number;
  readonly feelingIds: readonly string[];
  readonly lookOf: LookOf;
  readonly onChange: (changes: Omit<FeelingChanges, 'drawingMediaId'>) => void;
  readonly onSaveDrawing: (bytes: Uint8Array | null, message: string) => void;
}

/** One story step: its pictures, then how it felt, how big, and the optional extras. */
export function StepFeeling(props: StepFeelingProps) {
  const { conversation, frame, number, feelingIds, lookOf, onChange } = props;
  const { t } = useTranslation('feelings');
  const feeling = feelingFor(conversation, frame.id);
  const headingId = `feelings-step-heading-${frame.id}`;
  return (
    <section className="feelings__shown" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('steps.step', { number })}</h2>
      {frame.caption ? (
        <p className="feelings__caption" dir="auto">
          {frame.caption}
        </p>
      ) : null}
      {frame.placements.length > 0 ? (
        <ul className="feelings__pictures" aria-label={t('steps.picturesIn', { number })}>
          {frame.placements.map((p) => (
            <li key={p.id}>
              <ImagePicture {...lookOf(p.cardId)} size="large" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="feelings__quiet">{t('steps.emptyStep')}</p>
      )}
      <FeelingCards
        feelingIds={feelingIds}
        chosenId={feeling.cardId}
        lookOf={lookOf}
        onChoose={(cardId) => onChange({ cardId: cardId === feeling.cardId ? null : cardId })}
      />
      <SizeChoice frameId={frame.id} size={feeling.size} onChoose={(size) => onChange({ size })} />
      <FeelingExtras {...props} feeling={feeling} />
    </section>
  );
}
