import { useTranslation } from 'react-i18next';
import { feelingFor } from '../../domain/together';
import type { Conversation, Frame } from '../../domain/types';
import { CardThumb } from './card-thumb';
import type { LookOf } from './card-look';
import { sizeColour } from './size-scale';

export interface StepChoicesProps {
  readonly conversation: Conversation;
  readonly shownId: string;
  readonly lookOf: LookOf;
  readonly onShow: (frameId: string) => void;
}

/** Most pictures shown small on a step's button; the step itself shows them all. */
const MAX_THUMBS = 3;

/** One button per story step, with its pictures small and the feeling chosen so far. */
export function StepChoices({ conversation, shownId, lookOf, onShow }: StepChoicesProps) {
  const { t } = useTranslation('feelings');
  return (
    <ul className="feelings__steps" aria-label={t('steps.label')}>
      {conversation.story.map((frame, index) => (
        <li key={frame.id}>
          <StepChip
            frame={frame}
            number={index + 1}
            conversation={conversation}
            isShown={frame.id === shownId}
            lookOf={lookOf}
            onShow={onShow}
          />
        </li>
      ))}
    </ul>
  );
}

interface StepChipProps {
  readonly frame: Frame;
  readonly number: number;
  readonly conversation: Conversation;
  readonly isShown: boolean;
  readonly lookOf: LookOf;
  readonly onShow: (frameId: string) => void;
}

function StepChip({ frame, number, conversation, isShown, lookOf, onShow }: StepChipProps) {
  const { t } = useTranslation('feelings');
  const feeling = feelingFor(conversation, frame.id);
  const feelingLook = feeling.cardId ? lookOf(feeling.cardId) : null;
  const nameId = `feelings-step-${frame.id}`;
  const summaryId = `${nameId}-summary`;
  const summary = feelingLook
    ? feeling.size
      ? t('steps.summary', { feeling: feelingLook.label, size: t(`size.${feeling.size}`) })
      : feelingLook.label
    : t('steps.nothingYet');
  // Named "Step N" only, so the name stays stable; the feeling so far is its description.
  return (
    <button
      type="button"
      className="feelings__step"
      aria-pressed={isShown}
      aria-labelledby={nameId}
      aria-describedby={summaryId}
      onClick={() => onShow(frame.id)}
    >
      <span id={nameId} className="feelings__step-name">
        {t('steps.step', { number })}
      </span>
      <span className="feelings__step-thumbs" aria-hidden="true">
        {frame.placements.slice(0, MAX_THUMBS).map((p) => (
          <CardThumb key={p.id} look={lookOf(p.cardId)} />
        ))}
      </span>
      <span id={summaryId} className="feelings__step-summary">
        {feelingLook ? <CardThumb look={feelingLook} /> : null}
        {feeling.size ? (
          <span
            className="feelings__size-dot"
            style={{ backgroundColor: sizeColour(feeling.size).fill }}
            aria-hidden="true"
          />
        ) : null}
        <span>{summary}</span>
      </span>
    </button>
  );
}
