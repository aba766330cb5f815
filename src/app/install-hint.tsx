import { useTranslation } from 'react-i18next';
import { isRunningInstalled } from '../lib/display-mode';

/** On staff screens only, while Restory runs in a browser tab rather than installed. */
export function InstallHint() {
  const { t } = useTranslation();
  if (isRunningInstalled()) return null;
  return (
    <p className="install-hint" role="note">
      {t('app.installHint')}
    </p>
  );
}
