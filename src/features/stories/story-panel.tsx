/**
 * Social stories on a person's page (issue 12): "Make a social story", each story with its
 * latest version and a way to read it, and how many celebrate something the person does well
 * (the criteria ask for at least half). Loaded after the page shows.
 */
import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import { celebratingCount } from '../../domain/story';
import type { Person } from '../../domain/types';
import { useStoriesOf } from '../../storage/use-stories';
import { useStaffDate } from '../../i18n/use-staff-date';
import './stories.css';

const storyHref = (id: string) => `/stories/${id}`;
const readHref = (id: string) => `/stories/${id}/read`;

export function StoryPanel({ person }: { readonly person: Person }) {
  const { t } = useTranslation('stories');
  const stories = useStoriesOf(person.id);
  const date = useStaffDate('day');
  if (stories === undefined) return null;
  const name = person.displayName;
  const { celebrating, total } = celebratingCount(stories);
  return (
    <section className="panel story-panel" aria-labelledby="story-panel-heading">
      <div className="panel__top">
        <h2 id="story-panel-heading">{t('panel.heading')}</h2>
        <Link className="button" to={`/people/${person.id}/stories/new`}>
          {t('panel.make')}
        </Link>
      </div>
      {total === 0 ? (
        <p>{t('panel.none', { name })}</p>
      ) : (
        <>
          <p>
            {t('panel.celebrating', { count: celebrating, total, name })}{' '}
            {celebrating * 2 < total ? t('panel.celebratingAdvice') : null}
          </p>
          <ul className="story-list" aria-label={t('panel.stories')}>
            {stories.map((story) => {
              const latest = story.versions.at(-1);
              return (
                <li key={story.id}>
                  <Link className="story-list__title" to={storyHref(story.id)}>
                    {story.title}
                  </Link>
                  {story.isCelebrating ? (
                    <span className="story-tag">{t('panel.celebrates')}</span>
                  ) : null}
                  {latest ? (
                    <span>
                      {t('panel.version', { number: latest.number, date: date(latest.at) })}
                    </span>
                  ) : null}
                  <Link
                    className="button button--quiet"
                    to={readHref(story.id)}
                    aria-label={t('panel.readNamed', { title: story.title })}
                  >
                    {t('panel.read')}
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
