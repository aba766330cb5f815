import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet } from 'react-router';
import { useActiveTogether } from '../storage/session-repo';
import { BackupReminderNotice } from './backup-reminder-notice';
import { InstallHint } from './install-hint';
import { SetAsideNotice } from './set-aside-notice';

/** Staff screens: the main navigation and the page. Together mode has its own frame. */
export function AppShell() {
  const { t } = useTranslation();
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
                <NavLink to={link.to} end={link.end} className="shell__link">
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <InstallHint />
      <BackupReminderNotice />
      <SetAsideNotice />
      <main id="main" className="shell__main">
        <Outlet />
      </main>
    </div>
  );
}
