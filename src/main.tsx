/** Start-up: languages, the database, then the app. Built-in pictures load with their screens. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StartupError } from './app/startup-error';
import { preferredLanguage, setUpI18n } from './i18n/setup';
import { afterFirstPaint } from './lib/after-first-paint';
import { db, isDatabaseStored } from './storage/database';
import { logUnlessStoppedByLock, protectionState, readOpened } from './storage/protection';
import { requestPersistentStorage } from './storage/storage-health';
import './ui/styles.css';

/** How long after the first render the daily full check of every record may begin. */
const FULL_CHECK_DELAY_MS = 3000;
/** How long after the first render the whole symbol set starts to be kept for offline use. */
const SYMBOL_SET_DELAY_MS = 5000;

/**
 * Keeps the whole symbol set for offline use once a service worker looks after the app: now, or
 * when the first visit's service worker takes over. Never before the first screen has shown.
 */
function keepSymbolSetAfterFirstScreen(): void {
  if (!('serviceWorker' in navigator)) return;
  const keep = () =>
    void import('./lib/symbol-set')
      .then(({ keepSymbolSetOffline }) => keepSymbolSetOffline())
      // Not kept now (the connection went mid-way): the next start tries again.
      .catch(() => undefined);
  setTimeout(keep, SYMBOL_SET_DELAY_MS);
  navigator.serviceWorker.addEventListener('controllerchange', keep, { once: true });
}

const isLocked = () => protectionState() === 'locked';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const root = createRoot(container);
  // Asked before the database is opened, which makes it on a first visit.
  const isReturnVisit = isDatabaseStored();
  const loadRecordSweep = () => import('./storage/record-sweep');
  // On a return visit the record check's code (its schemas) loads beside the start-up below, not
  // in the first screen's JavaScript. A first visit has no records to check before People shows.
  const recordSweepBeforeStart = isReturnVisit.then((isStored) =>
    isStored ? loadRecordSweep() : null,
  );
  await setUpI18n(preferredLanguage());
  try {
    await isReturnVisit;
    await db.open();
  } catch (error) {
    console.error(error);
    root.render(<StartupError onRetry={() => window.location.reload()} />);
    return;
  }
  // Every record is checked before a screen reads it: one that fails is mended or set aside,
  // never dropped, and staff are told (record-sweep.ts). Records unchanged since the last full
  // check are not read again now. A check that fails itself must not keep the records from
  // opening.
  // Records protected with a passcode open locked: they are checked when staff unlock instead
  // (app/protection-session.ts).
  if (!isLocked()) {
    await recordSweepBeforeStart
      .then((recordSweep) => recordSweep?.checkBeforeStart(db))
      .catch((error: unknown) => console.error(error));
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Neither their requests nor their work come before the first screen is painted.
  await afterFirstPaint();
  // Ask the browser to keep these records through storage clean-ups (Chrome decides silently;
  // Settings shows the answer and can ask again).
  void requestPersistentStorage();
  // So that erasing someone later can make the browser drop its old copies (erase-sweep.ts).
  void import('./storage/erase-sweep')
    .then(({ ensureEraseSweeper }) => ensureEraseSweeper())
    .catch(() => undefined);
  // The undo snapshot of a "Replace" restore is kept for 7 days; an older one is erased now
  // (reading it may take a moment).
  if (!isLocked()) {
    import('./storage/backup/restore-snapshot')
      .then(({ eraseExpiredSnapshot }) => eraseExpiredSnapshot())
      .catch(logUnlessStoppedByLock);
  }
  // Once a day every record is checked again, after the first screen has shown; on a first
  // visit, the records made since it opened.
  setTimeout(() => {
    if (isLocked()) return;
    void loadRecordSweep()
      .then(({ checkAllWhenDue }) => readOpened(() => checkAllWhenDue(db)))
      .catch(logUnlessStoppedByLock);
  }, FULL_CHECK_DELAY_MS);
  keepSymbolSetAfterFirstScreen();
}

void start();
