import { useId, useState } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import type { FrameFeeling } from '../../domain/types';
import { FeelingExtras, hasExtras } from './feeling-extras';
import { FeelingLink } from './feeling-link';
import { SizeChoice } from './size-choice';
import type { StepFeelingProps } from './step-feeling';

export interface FeelingPanelProps extends StepFeelingProps {
  readonly feeling: FrameFeeling;
  readonly isJustChosen: boolean;
}

/**
 * The questions about one feeling, in order: how big it was; once that is answered, "I felt … so
 * I …" with this step's actions, "Add more" (colour, drawing, sound) and on to the next story
 * step. "Remove" takes the feeling out of the step.
 */
export function FeelingPanel(props: FeelingPanelProps) {
  const { feeling, number, actions, lookOf, writes, next, isJustChosen } = props;
  const { t } = useContentTranslation('feelings');
  const moreId = useId();
  const [isMoreOpen, setMoreOpen] = useState(() => hasExtras(feeling));
  const word = feeling.cardId ? lookOf(feeling.cardId).label : t('feeling.notNamed');
  const isSized = feeling.size !== null;
  return (
    <div className="feelings__panel">
      <SizeChoice
        feelingId={feeling.id}
        size={feeling.size}
        isJustChosen={isJustChosen}
        onChoose={(size) => writes.onChange(feeling.id, { size })}
      />
      {isSized && feeling.cardId && actions.length > 0 ? (
        <FeelingLink
          links={props.conversation.links}
          feelingCardId={feeling.cardId}
          word={word}
          actions={actions}
          lookOf={lookOf}
          onLink={writes.onLink}
          onUnlink={writes.onUnlink}
        />
      ) : null}
      <div className="feelings__actions">
        {isSized ? (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={isMoreOpen}
            aria-controls={moreId}
            onClick={() => setMoreOpen(!isMoreOpen)}
          >
            {t('extras.heading')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('feeling.removeLabel', { feeling: word, number })}
          onClick={() =>
            writes.onRemove(feeling.id, t('feeling.removed', { feeling: word, number }))
          }
        >
          {t('feeling.remove')}
        </button>
        {isSized && next ? (
          <button type="button" className="button feelings__next-step" onClick={next.show}>
            {t('steps.nextStep', { number: next.number })}
          </button>
        ) : null}
      </div>
      {isSized ? (
        <div id={moreId} hidden={!isMoreOpen}>
          <FeelingExtras {...props} word={word} />
        </div>
      ) : null}
    </div>
  );
}
