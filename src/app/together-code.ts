/**
 * Together's code: the screen and framer-motion's root, which the person's page reads ahead
 * (preload-together.ts) so that a conversation opens without a "Loading…" frame, and which the
 * Together route starts all at once when it is reached directly (app.tsx).
 */
import i18n from 'i18next';
import { preloadable } from './preloadable';

export const togetherScreen = preloadable(() => import('./together-screen').then((m) => m.default));
export const motionRoot = preloadable(() => import('./motion-root').then((m) => m.default));

/** Staff's namespaces inside Together (the guide, the PIN prompt). */
const STAFF_NAMESPACES = ['guide', 'lock'];
const ignore = () => undefined;

/**
 * Together's code and staff's words, all at once: also where Together is reached directly (a
 * reload, a new tab, the way back to an open conversation), where each piece would otherwise
 * wait for the one before it to load and run. Safe to call again: each loads once.
 */
export function preloadTogetherCode() {
  togetherScreen.preload();
  motionRoot.preload();
  void import('./motion-features').catch(ignore);
  void i18n.loadNamespaces(STAFF_NAMESPACES).catch(ignore);
}
