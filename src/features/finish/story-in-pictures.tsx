import { useId } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import type { SummaryStep } from '../../domain/summary';
import type { LookOf } from './card-look';
import { Icon } from '../../ui/icons';
import { ImagePicture } from '../../ui/image-picture';
import { StepFeelings } from './step-feeling';

export interface StoryInPicturesProps {
  readonly steps: readonly SummaryStep[];
  readonly lookOf: LookOf;
  /** The person's language: the story's own words are in it. */
  readonly language: string;
  /** Only how each step felt (a meeting where the story itself was not shared). */
  readonly isFeelingsOnly?: boolean;
}

function Bubbles({ step, lookOf }: { readonly step: SummaryStep; readonly lookOf: LookOf }) {
  const { t } = useContentTranslation('finish');
  const said = step.bubbles.flatMap((b) =>
    b.words === null ? [] : [{ ...b, words: b.words, who: lookOf(b.puppet).label }],
  );
  if (said.length === 0) return null;
  return (
    <ul className="finish-step__bubbles">
      {said.map((b, i) => (
        <li key={i} className="finish-step__bubble">
          {t(`story.bubble.${b.kind}`, { who: b.who, words: b.words })}
        </li>
      ))}
    </ul>
  );
}

/** The whole story as numbered boxes: pictures, caption, what was said, and how it felt. */
export function StoryInPictures(props: StoryInPicturesProps) {
  const { steps, lookOf, language, isFeelingsOnly = false } = props;
  const { t } = useContentTranslation('finish');
  const baseId = useId();
  const shown = isFeelingsOnly ? steps.filter((step) => step.feelings.length > 0) : steps;
  return (
    <ol className="finish-story" aria-label={t('story.label')}>
      {shown.map((step) => {
        const headingId = baseId + step.frameId;
        if (isFeelingsOnly) {
          return (
            <li key={step.frameId} className="finish-step" aria-labelledby={headingId}>
              <h3 id={headingId} className="finish-step__number">
                {t('story.step', { number: step.number })}
              </h3>
              <StepFeelings number={step.number} feelings={step.feelings} lookOf={lookOf} />
            </li>
          );
        }
        return (
          <li key={step.frameId} className="finish-step" aria-labelledby={headingId}>
            <h3 id={headingId} className="finish-step__number">
              {t('story.step', { number: step.number })}
            </h3>
            {step.isStart ? (
              <p className="finish-step__start">
                <Icon name="flag" />
                {t('story.startedHere')}
              </p>
            ) : null}
            {step.caption ? (
              <p className="finish-step__caption" lang={language} dir="auto">
                {step.caption}
              </p>
            ) : null}
            {step.pictures.length > 0 ? (
              <ul
                className="finish-step__pictures"
                aria-label={t('story.picturesIn', { number: step.number })}
                lang={language}
              >
                {step.pictures.map((named, i) => {
                  const look = lookOf(named);
                  return (
                    <li key={`${named.cardId}-${i}`}>
                      <ImagePicture
                        label={look.label}
                        image={look.image}
                        colour={look.colour}
                        size="small"
                      />
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="finish-step__empty">{t('story.emptyStep')}</p>
            )}
            <Bubbles step={step} lookOf={lookOf} />
            <StepFeelings number={step.number} feelings={step.feelings} lookOf={lookOf} />
          </li>
        );
      })}
    </ol>
  );
}
