import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedCard, SummaryFeeling, SummaryStep } from '../../domain/summary';
import type { Library } from '../../storage/use-library';
import { DrawingView } from '../../ui/drawing-view';
import { ImagePicture } from '../../ui/image-picture';
import { SummarySection } from './summary-section';
import { useWords } from './words';

export interface StorySectionProps {
  readonly steps: readonly SummaryStep[];
  readonly library: Library;
  /** The person's language: the story's words are in it. */
  readonly language: string;
}

/** "angry — big (4 of 5)", and any colour, drawing or sound, in words. */
function FeelingWords({
  feeling,
  number,
}: {
  readonly feeling: SummaryFeeling;
  readonly number: number;
}) {
  const { t } = useTranslation('summary');
  const { nameOf, list } = useWords();
  const size = feeling.size
    ? t('story.size', { word: t(`story.sizes.${feeling.size}`), number: feeling.size })
    : null;
  const name = feeling.card ? nameOf(feeling.card) : null;
  const extras = [
    ...(feeling.colour ? [t('story.extra.colour')] : []),
    ...(feeling.hasDrawing ? [t('story.extra.drawing')] : []),
    ...(feeling.soundId ? [t('story.extra.sound')] : []),
  ];
  return (
    <>
      {name && size ? <p>{t('story.feeling', { feeling: name, size })}</p> : null}
      {name && !size ? <p>{t('story.feelingOnly', { feeling: name })}</p> : null}
      {!name && size ? <p>{t('story.sizeOnly', { size })}</p> : null}
      {extras.length > 0 ? <p>{t('story.extras', { list: list(extras) })}</p> : null}
      {feeling.drawingMediaId ? (
        <DrawingView
          className="summary-step__drawing"
          mediaId={feeling.drawingMediaId}
          label={
            name
              ? t('story.drawingOfFeeling', { number, feeling: name })
              : t('story.drawingOf', { number })
          }
        />
      ) : null}
    </>
  );
}

function StepPicture({ named, library }: { readonly named: NamedCard; readonly library: Library }) {
  const { nameOf } = useWords();
  const image = library.cards.get(named.cardId)?.image ?? null;
  return <ImagePicture label={nameOf(named)} image={image} size="small" />;
}

function StoryStep({
  step,
  library,
  language,
}: { readonly step: SummaryStep } & Omit<StorySectionProps, 'steps'>) {
  const { t } = useTranslation('summary');
  const { nameOf } = useWords();
  const said = step.bubbles.filter((b) => b.words !== null);
  const headingId = useId();
  return (
    <li className="summary-step" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('story.step', { number: step.number })}</h3>
      {step.isStart ? <p className="summary-step__start">{t('story.startedHere')}</p> : null}
      {step.caption ? (
        <p lang={language} dir="auto">
          {step.caption}
        </p>
      ) : null}
      {step.pictures.length > 0 ? (
        <ul
          className="summary-step__pictures"
          aria-label={t('story.picturesIn', { number: step.number })}
          lang={language}
        >
          {step.pictures.map((named, i) => (
            <li key={`${named.cardId}-${i}`}>
              <StepPicture named={named} library={library} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="summary-section__empty">{t('story.noPictures')}</p>
      )}
      {said.length > 0 ? (
        <ul className="summary-step__bubbles">
          {said.map((b, i) => (
            <li key={i}>
              {t(`story.bubble.${b.kind}`, { who: nameOf(b.puppet), words: b.words })}
            </li>
          ))}
        </ul>
      ) : null}
      {step.feelings.map((feeling) => (
        <FeelingWords key={feeling.id} feeling={feeling} number={step.number} />
      ))}
    </li>
  );
}

export function StorySection({ steps, library, language }: StorySectionProps) {
  const { t } = useTranslation('summary');
  return (
    <SummarySection
      title={t('story.heading')}
      emptyText={t('story.none')}
      isEmpty={steps.length === 0}
    >
      <ol className="summary-story" aria-label={t('story.label')}>
        {steps.map((step) => (
          <StoryStep key={step.frameId} step={step} library={library} language={language} />
        ))}
      </ol>
    </SummarySection>
  );
}
