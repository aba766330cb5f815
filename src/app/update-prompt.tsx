/**
 * Tells staff when a new version is ready and applies it only when they agree (registerType
 * 'prompt'), and on a first visit that Restory is still getting ready to work offline, then that
 * it is ready. Never shown in Together mode: an update must not interrupt a conversation.
 *
 * Once any tab accepts, the new version takes over every tab and each one reloads (old pages
 * would ask for files the new version no longer keeps) — but only after the writes that tab has
 * started have landed, so nothing typed a moment before is lost.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from '../lib/router';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushPendingEdits } from '../lib/pending-edits';
import { whenWritesSettle } from '../storage/conversation-writes';
import { Toast } from '../ui/toast';
import { GettingReadyToast } from './getting-ready-toast';
import { useFirstInstall } from './use-first-install';

function reloadOnceSaved(): void {
  // Words still waiting to be stored are stored first, then the reload waits for every write.
  flushPendingEdits();
  void whenWritesSettle().finally(() => window.location.reload());
}

export function UpdatePrompt() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const firstInstall = useFirstInstall();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload: reloadOnceSaved,
    onRegisteredSW: firstInstall.onRegisteredSW,
    onRegisterError: firstInstall.onRegisterError,
  });
  const { stage } = firstInstall;
  const [isReadyDismissed, setReadyDismissed] = useState(false);

  if (pathname.startsWith('/together')) return null;
  if (needRefresh) {
    return (
      <Toast>
        <p>{t('update.ready')}</p>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setNeedRefresh(false)}
        >
          {t('update.later')}
        </button>
        <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
          {t('update.apply')}
        </button>
      </Toast>
    );
  }
  // On a first visit, ready means this very page loads from the stored app too: the worker has
  // stored every file and controls the page. That alone says so (workbox's own "offline ready"
  // signal does not always come on a busy tablet); without a first install, workbox's does.
  const isReady = stage === 'ready' || (offlineReady && stage === 'none');
  if (isReady && !isReadyDismissed) {
    const dismiss = () => {
      setReadyDismissed(true);
      setOfflineReady(false);
    };
    return (
      <Toast>
        <p>{t('update.offlineReady')}</p>
        <button type="button" className="button" onClick={dismiss}>
          {t('update.dismiss')}
        </button>
      </Toast>
    );
  }
  if (stage === 'getting-ready' || stage === 'not-ready') {
    return (
      <GettingReadyToast
        text={
          stage === 'getting-ready' ? t('update.offlineGettingReady') : t('update.offlineNotYet')
        }
      />
    );
  }
  return null;
}
