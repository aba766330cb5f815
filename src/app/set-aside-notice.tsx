/**
 * On staff screens: a calm word when the start-up check could not read a record (kept aside,
 * nothing deleted) or mended one (a copy kept), until staff press "OK". Never in Together.
 */
import { useTranslation } from 'react-i18next';
import { markSetAsideSeen, useSetAsideReport } from '../storage/set-aside-repo';

export function SetAsideNotice() {
  const { t } = useTranslation('storage');
  const report = useSetAsideReport();
  if (!report) return null;
  const { unreadable, mended } = report.unseen;
  if (unreadable === 0 && mended === 0) return null;
  return (
    <p className="install-hint" role="note" aria-label={t('checked.label')}>
      {unreadable > 0 ? <span>{t('checked.unreadable', { count: unreadable })} </span> : null}
      {mended > 0 ? <span>{t('checked.mended', { count: mended })} </span> : null}
      <button type="button" className="button" onClick={() => void markSetAsideSeen()}>
        {t('checked.dismiss')}
      </button>
    </p>
  );
}
