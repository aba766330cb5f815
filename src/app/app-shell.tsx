import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from '../lib/router';
import { useActiveTogether } from '../storage/session-repo';
import { BackupReminderNotice } from './backup-reminder-notice';
import { InstallHint } from './install-hint';
import { SetAsideNotice } from './set-aside-notice';

/** Whether a main link leads to where the app is: only "/" itself for People, else its screens. */
function isCurrent(to: string, end: boolean, pathname: string): boolean {
  return end ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
}

/** Staff screens: the main navigation and the page. Together mode has its own frame. */
export function AppShell({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const activeTogether = useActiveTogether();
  // A conversation left open in Together mode is where the app reopens (reload, new tab, address).
  if (activeTogether === undefined) return null;
  if (activeTogether !== null) return <Navigate to={`/together/${activeTogether}`} replace />;
  const links = [
    { to: '/', label: t('nav.people'), end: true },
    { to: '/library', label: t('nav.library'), end: false },
    { to: '/settings', label: t('nav.settings'), end: false },
  ];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__bar">
        <span className="shell__name">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          <ul className="shell__nav">
            {links.map((link) => (
              <li key={link.to}>
                <Link
                  to={link.to}
                  className="shell__link"
                  aria-current={isCurrent(link.to, link.end, pathname) ? 'page' : undefined}
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <InstallHint />
      <BackupReminderNotice />
      <SetAsideNotice />
      <main id="main" className="shell__main">
        {children}
      </main>
    </div>
  );
}
