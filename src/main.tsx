/** Start-up: languages, the database (seeded on first run), then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StartupError } from './app/startup-error';
import { preferredLanguage, setUpI18n } from './i18n/setup';
import { db } from './storage/database';
import { ensureStarterContent } from './storage/starter';
import { requestPersistentStorage } from './storage/storage-health';
import './ui/styles.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const root = createRoot(container);
  await setUpI18n(preferredLanguage());
  try {
    await db.open();
  } catch (error) {
    console.error(error);
    root.render(<StartupError onRetry={() => window.location.reload()} />);
    return;
  }
  // Ask the browser to keep these records through storage clean-ups (Chrome decides silently;
  // Settings shows the answer and can ask again).
  void requestPersistentStorage();
  // Starter pictures that fail their check are left out; the person's records still open.
  await ensureStarterContent().catch((error: unknown) => console.error(error));
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
