import { useTranslation } from 'react-i18next';

/** Shown when the database cannot open: plain words, and nothing is deleted. */
export function StartupError({ onRetry }: { readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="screen" id="main">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t('app.startupFailed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('app.tryAgain')}
      </button>
    </main>
  );
}
