/**
 * Settings → Storage: how many records the start-up check kept aside, in the words of the notice
 * staff saw (set-aside-notice.tsx); nothing when none.
 */
import { useTranslation } from 'react-i18next';
import { useSetAsideReport } from '../../storage/set-aside-repo';

export function SetAsideCount() {
  const { t } = useTranslation('storage');
  const counts = useSetAsideReport()?.all;
  if (!counts) return null;
  return (
    <>
      {counts.unreadable > 0 ? (
        <p>{t('checked.unreadable', { count: counts.unreadable })}</p>
      ) : null}
      {counts.mended > 0 ? <p>{t('checked.mended', { count: counts.mended })}</p> : null}
    </>
  );
}
