/**
 * "Print" a story (issue 12): one page per sheet or a booklet, then the browser's print window
 * (where "Save as PDF" keeps a PDF). Printing is noted in the activity log.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from '../lib/router';
import { STORY_PRINT_LAYOUTS, type StoryPrintLayout } from '../domain/types';
import { StoryPrintView } from '../features/stories/story-print-view';
import { usePerson } from '../storage/hooks';
import { noteStoryPrinted } from '../storage/stories-repo';
import { useSave } from '../storage/use-save';
import { useStory } from '../storage/use-stories';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { NotFound } from './not-found';

function layoutOf(value: string | null): StoryPrintLayout {
  return STORY_PRINT_LAYOUTS.find((l) => l === value) ?? 'pages';
}

export function StoryPrintScreen() {
  const { t } = useTranslation('stories');
  const { storyId } = useParams();
  const story = useStory(storyId);
  const person = usePerson(story?.personId);
  const [search, setSearch] = useSearchParams();
  const [saveProblem, save] = useSave();
  if (story === undefined || person === undefined) return null;
  if (story === null || person === null) return <NotFound message={t('notFound')} />;
  const layout = layoutOf(search.get('layout'));

  const print = () => {
    window.print();
    save(noteStoryPrinted(story.id));
  };

  return (
    <section className={`screen story-print story-print--${layout}`}>
      <Link className="back-link" to={`/stories/${story.id}`}>
        {t('backToStory')}
      </Link>
      <h1>{t('print.heading', { title: story.title })}</h1>
      <div className="story-print__controls">
        <fieldset>
          <legend>{t('print.layout')}</legend>
          {STORY_PRINT_LAYOUTS.map((l) => (
            <label key={l} className="story-choice">
              <input
                type="radio"
                name="story-layout"
                checked={layout === l}
                onChange={() => setSearch({ layout: l }, { replace: true })}
              />
              {t(`print.${l}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button button--primary" onClick={print}>
          {t('print.print')}
        </button>
        <p>{t('print.hint')}</p>
      </div>
      <SaveProblemNotice problem={saveProblem} />
      <StoryPrintView
        title={story.title}
        pages={story.pages}
        layout={layout}
        language={story.language || person.language}
      />
    </section>
  );
}
