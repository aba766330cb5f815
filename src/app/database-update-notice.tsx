import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onDatabaseUpgradedElsewhere } from '../storage/connection-events';

/**
 * Shown over everything, Together included, when another tab upgraded Restory's database: this
 * tab can no longer write, so it says the work is safe and asks to reload.
 */
export function DatabaseUpdateNotice() {
  const { t } = useTranslation();
  const [isReplaced, setReplaced] = useState(false);
  const reloadButton = useRef<HTMLButtonElement>(null);
  useEffect(() => onDatabaseUpgradedElsewhere(() => setReplaced(true)), []);
  // The only thing this tab can do now, so focus goes there.
  useEffect(() => {
    if (isReplaced) reloadButton.current?.focus();
  }, [isReplaced]);
  if (!isReplaced) return null;
  return (
    <div
      className="blocking-notice"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="db-updated-title"
      aria-describedby="db-updated-text"
    >
      <div className="blocking-notice__box">
        <h2 id="db-updated-title">{t('app.updatedElsewhereTitle')}</h2>
        <p id="db-updated-text">{t('app.updatedElsewhereText')}</p>
        <button
          type="button"
          className="button button--primary"
          ref={reloadButton}
          onClick={() => window.location.reload()}
        >
          {t('app.reload')}
        </button>
      </div>
    </div>
  );
}
