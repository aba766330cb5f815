/** On staff screens: a calm reminder when nothing has been backed up for 7 days and records changed. */
import { useTranslation } from 'react-i18next';
import { Link } from '../lib/router';
import { useBackupReminder } from '../storage/backup/backup-reminder';

export function BackupReminderNotice() {
  const { t } = useTranslation('backup');
  const reminder = useBackupReminder();
  if (!reminder?.isDue) return null;
  const days = reminder.daysSinceBackup;
  return (
    <p className="install-hint" role="note">
      {days === null ? t('reminder.never') : t('reminder.text', { count: days })}{' '}
      <Link to="/settings#backups">{t('reminder.link')}</Link>
    </p>
  );
}
