/**
 * "Restory is getting ready to work without a connection", said from the first screen of a first
 * visit (no service worker controls the page yet) while the update prompt's code loads and the
 * worker registers (update-prompt.tsx, which then takes over). Never in Together.
 */
import { useTranslation } from 'react-i18next';
import { useLocation } from '../lib/router';
import { Toast } from '../ui/toast';

/** Whether this page could be a first visit: a browser with service workers, none in control. */
export function isPossiblyFirstVisit(): boolean {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  return container !== undefined && container.controller === null;
}

export function GettingReadyToast({ text }: { readonly text: string }) {
  return (
    <Toast>
      <p>{text}</p>
    </Toast>
  );
}

/** The line while the update prompt's code is still on its way. */
export function GettingReadyBeforePrompt() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (pathname.startsWith('/together') || !isPossiblyFirstVisit()) return null;
  return <GettingReadyToast text={t('update.offlineGettingReady')} />;
}
