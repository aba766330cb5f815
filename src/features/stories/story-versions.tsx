/** The versions of a story, newest first: number, when, by whom and why. */
import { useTranslation } from 'react-i18next';
import type { StoryVersion } from '../../domain/types';
import { useStaffDate } from '../../i18n/use-staff-date';

export function StoryVersions({ versions }: { readonly versions: readonly StoryVersion[] }) {
  const { t } = useTranslation('stories');
  const date = useStaffDate();
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="story-versions-heading">
      <h2 id="story-versions-heading">{t('edit.versions')}</h2>
      <ol className="story-versions" reversed>
        {[...versions].reverse().map((v) => (
          <li key={v.id}>
            {t('edit.versionLine', {
              number: v.number,
              date: date(v.at),
              who: v.actor === '' ? t('edit.someone') : v.actor,
            })}
            {v.reason === '' ? null : <>: {v.reason}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
