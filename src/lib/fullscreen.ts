/**
 * Full screen where the browser allows it. Browsers grant it only just after a tap or a key, and
 * some (iPhone Safari) never do: every refusal is ignored quietly, as the lock does not rely on it.
 */

function hasUserActivation(): boolean {
  // Without the User Activation API, try anyway; the promise is caught below.
  return (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? true;
}

export function requestFullscreenQuietly(): void {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || document.fullscreenElement) return;
  if (typeof root.requestFullscreen !== 'function' || !hasUserActivation()) return;
  root.requestFullscreen().catch(() => undefined);
}

export async function exitFullscreenQuietly(): Promise<void> {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  await document.exitFullscreen().catch(() => undefined);
}
