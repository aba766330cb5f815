/**
 * Whether Restory runs as an installed app. In a Safari tab, iPadOS deletes a site's data after
 * 7 days without a visit and does not share it with the Home Screen app, so staff are told to
 * install first (see the reliability notes).
 */
export function isRunningInstalled(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  const matches = (query: string) =>
    typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
  return (
    iosStandalone || matches('(display-mode: standalone)') || matches('(display-mode: fullscreen)')
  );
}
