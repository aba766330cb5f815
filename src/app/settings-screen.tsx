/** Settings: composes each feature's settings section; About stays last. */
import { useTranslation } from 'react-i18next';
import { AboutSection } from '../features/settings/about-section';
import { ActivitySection } from '../features/settings/activity-section';
import { BackupSection } from '../features/backup/backup-section';
import { PinSettings } from '../features/lock/pin-settings';
import { useProtectionControls } from '../features/lock/protection-controls';
import { ProtectionSettings } from '../features/lock/protection-settings';
import { CalmSettingsSection } from '../features/settings/calm-settings-section';
import { LanguageSection } from '../features/settings/language-section';
import { SpeechSection } from '../features/settings/speech-section';
import { StorageSection } from '../features/settings/storage-section';

export function SettingsScreen() {
  const { t } = useTranslation();
  const protection = useProtectionControls();
  return (
    <section className="screen settings">
      <h1>{t('settings.heading')}</h1>
      <PinSettings />
      <ProtectionSettings />
      <LanguageSection />
      <CalmSettingsSection />
      <SpeechSection />
      <BackupSection
        openProtectedBackup={(bytes, secret) => protection.openBackup(bytes, secret)}
      />
      <StorageSection />
      <ActivitySection />
      <AboutSection />
    </section>
  );
}
