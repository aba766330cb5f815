/** Reading a story together from the person's page (issue 12): the reader, and a way back. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../lib/router';
import { StoryReader } from '../features/stories/story-reader';
import { ContentLanguage, useContentWordsLoaded } from '../i18n/content-language';
import { usePerson } from '../storage/hooks';
import { useStory } from '../storage/use-stories';
import { NotFound } from './not-found';

export function StoryReadScreen() {
  const { t } = useTranslation('stories');
  const { storyId } = useParams();
  const story = useStory(storyId);
  const person = usePerson(story?.personId);
  const language = story && person ? story.language || person.language : undefined;
  // The reader's words are the person's: read before it shows, so no press waits for them.
  const isWordsLoaded = useContentWordsLoaded(language);
  if (story === undefined || person === undefined) return null;
  if (story === null || person === null) return <NotFound message={t('notFound')} />;
  return (
    <section className="screen story-read-screen">
      <Link className="back-link" to={`/stories/${story.id}`}>
        {t('backToStory')}
      </Link>
      <h1 className="visually-hidden">{story.title}</h1>
      {isWordsLoaded && language !== undefined ? (
        <ContentLanguage language={language} gender={person.grammaticalGender}>
          <StoryReader title={story.title} pages={story.pages} language={language} />
        </ContentLanguage>
      ) : null}
    </section>
  );
}
