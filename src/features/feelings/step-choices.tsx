import { useContentTranslation } from '../../i18n/content-language';
import { feelingsIn } from '../../domain/together';
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

/** One button per story step, with its pictures small and the feelings chosen so far. */
export function StepChoices({ conversation, shownId, lookOf, onShow }: StepChoicesProps) {
  const { t } = useContentTranslation('feelings');
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
  const { t } = useContentTranslation('feelings');
  const feelings = feelingsIn(conversation, frame.id).filter((f) => f.cardId !== null);
  const nameId = `feelings-step-${frame.id}`;
  const summaryId = `${nameId}-summary`;
  const words = feelings.map((f) => {
    const feeling = lookOf(f.cardId ?? '').label;
    return f.size ? t('steps.summary', { feeling, size: t(`size.${f.size}`) }) : feeling;
  });
  // Named "Step N" only, so the name stays stable; the feelings so far are its description.
  return (
    <button
      type="button"
      className="feelings__step"
      aria-pressed={isShown}
      aria-labelledby={nameId}
      aria-describedby={summaryId}
      onClick={() => onShow(frame.id)}
    >
      <span className="feelings__step-top">
        <span id={nameId} className="feelings__step-name">
          {t('steps.step', { number })}
        </span>
        <span className="feelings__step-thumbs" aria-hidden="true">
          {frame.placements.slice(0, MAX_THUMBS).map((p) => (
            <CardThumb key={p.id} look={lookOf(p.cardId)} />
          ))}
        </span>
      </span>
      <span className="feelings__step-summary">
        {feelings.slice(0, MAX_THUMBS).map((f) => (
          <span key={f.id} className="feelings__step-feeling" aria-hidden="true">
            <CardThumb look={lookOf(f.cardId ?? '')} />
            {f.size ? (
              <span
                className="feelings__size-dot"
                style={{ backgroundColor: sizeColour(f.size).fill }}
              />
            ) : null}
          </span>
        ))}
        <span id={summaryId}>{words.length > 0 ? words.join('; ') : t('steps.nothingYet')}</span>
      </span>
    </button>
  );
}
