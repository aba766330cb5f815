/** What a checked backup holds, in plain words, before anyone decides to restore it. */
import { useTranslation } from 'react-i18next';
import { listOfWords } from '../../i18n/list-words';
import type { BackupSummary as Summary } from '../../storage/backup/restore-backup';

export function BackupSummary({ summary, headingId }: { summary: Summary; headingId: string }) {
  const { t, i18n } = useTranslation('backup');
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(summary.createdAt);
  const names = listOfWords(summary.peopleNames, i18n.language);
  return (
    <div className="backup-summary">
      <h3 id={headingId}>{t('summaryHeading')}</h3>
      <p>{t('made', { date })}</p>
      <p>{t(summary.isWholeBackup ? 'whole' : 'onePerson')}</p>
      <p>{t('counts', summary.counts)}</p>
      {summary.peopleNames.length > 0 ? <p>{t('names', { names })}</p> : null}
    </div>
  );
}
