/**
 * "Welcome" in Together, with the story the individual can read when they chose "A story" as a
 * way to tell it (issue 12): "Read a story" opens one of their social stories in the reader, right
 * here, still locked; "Close the story" comes back to Welcome.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StoryReader } from '../features/stories/story-reader';
import { WelcomeStep, type WelcomeStepProps } from '../features/welcome/welcome-step';
import type { Story } from '../domain/types';
import { useStoriesOf } from '../storage/use-stories';

function StoryChoice({
  stories,
  onRead,
}: {
  readonly stories: readonly Story[];
  readonly onRead: (id: string) => void;
}) {
  const { t } = useTranslation('stories');
  const [isChoosing, setIsChoosing] = useState(false);
  const only = stories.length === 1 ? stories[0] : undefined;
  if (stories.length === 0) return <p className="story-choice-note">{t('reader.noStories')}</p>;
  return (
    <div className="story-open">
      <button
        type="button"
        className="button button--primary"
        aria-expanded={only ? undefined : isChoosing}
        onClick={() => (only ? onRead(only.id) : setIsChoosing(!isChoosing))}
      >
        {t('reader.openStory')}
      </button>
      {isChoosing && !only ? (
        <ul className="story-list" aria-label={t('reader.choose')}>
          {stories.map((story) => (
            <li key={story.id}>
              <button type="button" className="button" onClick={() => onRead(story.id)}>
                {story.title}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function WelcomeWithStory(props: WelcomeStepProps) {
  const { conversation, person, language } = props;
  const isStoryChosen = conversation.welcome.ways.includes('story');
  const stories = useStoriesOf(isStoryChosen ? conversation.personId : undefined);
  const [readingId, setReadingId] = useState<string | null>(null);
  const reading = stories?.find((s) => s.id === readingId);
  if (reading) {
    return (
      <StoryReader
        title={reading.title}
        pages={reading.pages}
        language={reading.language || (person?.language ?? language)}
        onClose={() => setReadingId(null)}
      />
    );
  }
  return (
    <WelcomeStep
      {...props}
      afterWays={
        isStoryChosen && stories ? <StoryChoice stories={stories} onRead={setReadingId} /> : null
      }
    />
  );
}
