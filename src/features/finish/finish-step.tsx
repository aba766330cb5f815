/**
 * "Finish": the whole story in pictures, read aloud if wanted, thanks and reassurance, then
 * "We have finished". Everything shown is read from the conversation through the session
 * summary, so it says exactly what the staff summary page will say.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { makePerson } from '../../domain/records';
import { buildSummary, storySentences, type SessionSummary } from '../../domain/summary';
import type { Conversation, Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';
import { finishConversation } from '../../storage/together-repo';
import { useLookOf } from './card-look';
import { ReadAloudButton } from './read-aloud';
import { StoryInPictures } from './story-in-pictures';
import { Thanks } from './thanks';
import { foundSentences, WhatWeFound } from './what-we-found';
import { agreedSentences, WhatWeAgreed } from './what-we-agreed';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import './finish.css';

export interface FinishStepProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  /** The person's language, for their cards and speech. */
  readonly language: string;
}

type Sentences = (summary: SessionSummary) => string;

/**
 * "First, …", "Then, …", "At the end, …" around each step's sentence, then what was found
 * (feelings and actions, who was affected, what we will try), in the person's language.
 */
function useStoryText(): Sentences {
  const { t } = useContentTranslation('finish');
  return (summary) => {
    const sentences = storySentences(summary);
    const last = sentences.length - 1;
    const story = sentences.map((words, i) => {
      if (last === 0) return t('read.only', { words });
      if (i === 0) return t('read.first', { words });
      return i === last ? t('read.last', { words }) : t('read.then', { words });
    });
    const missing = t('story.missingPicture');
    return [
      ...story,
      ...foundSentences(summary, t, missing),
      ...agreedSentences(summary, t, missing),
    ].join('\n');
  };
}

function activityOf(summary: SessionSummary, person: Person | null, library: Library) {
  const positive = summary.positive;
  if (!positive?.label) return null;
  const image =
    positive.source === 'like'
      ? (person?.likes.find((l) => l.id === positive.activityId)?.image ?? null)
      : (library.cards.get(positive.activityId)?.image ?? null);
  return { label: positive.label, image };
}

export function FinishStep({ conversation, person, library, language }: FinishStepProps) {
  const { t } = useContentTranslation('finish');
  const [saveProblem, save] = useSave();
  const summary = useMemo(
    () =>
      buildSummary({
        conversation,
        // Without the person (deleted on another tab) the story can still be shown.
        person: person ?? makePerson(conversation.personId, '', language, 0),
        cards: library.cards,
        language,
      }),
    [conversation, person, library.cards, language],
  );
  const lookOf = useLookOf(library, language, t('story.missingPicture'));
  const storyText = useStoryText()(summary);
  const activity = activityOf(summary, person, library);
  const isFinished = conversation.status === 'completed';
  const closing = useClosingFocus(isFinished);

  return (
    <div className="finish">
      <SaveProblemNotice problem={saveProblem} />
      <section className="finish__story" aria-labelledby="finish-story-heading">
        <h2 id="finish-story-heading">{t('story.heading')}</h2>
        {storySentences(summary).length === 0 ? (
          <p className="finish__no-story">{t('story.noStory')}</p>
        ) : null}
        <ReadAloudButton text={storyText} language={language} />
        <StoryInPictures steps={summary.story} lookOf={lookOf} language={language} />
      </section>
      <WhatWeFound summary={summary} person={person} lookOf={lookOf} language={language} />
      <WhatWeAgreed summary={summary} person={person} lookOf={lookOf} language={language} />
      <Thanks activity={activity} language={language} />
      {isFinished ? (
        <div className="finish__closing" ref={closing} tabIndex={-1}>
          <p className="finish__done">{t('end.done')}</p>
        </div>
      ) : (
        <button
          type="button"
          className="button button--primary finish__end"
          onClick={() => save(finishConversation(conversation.id))}
        >
          {t('end.button')}
        </button>
      )}
    </div>
  );
}

/** When "We have finished" turns into the closing words, focus follows so it is not lost. */
function useClosingFocus(isFinished: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(!isFinished);
  useEffect(() => {
    if (isFinished && wasOpen.current) ref.current?.focus();
    wasOpen.current = !isFinished;
  }, [isFinished]);
  return ref;
}
