/**
 * Together's code and words, read ahead from the person's page (where "Carry on" and "Start" lead
 * to it), so that a conversation opens without a "Loading…" frame: the screen, framer-motion's
 * root and animation features, the person's words and staff's own inside Together (the guide, the
 * PIN prompt). Without them, Together opened in about 0.9 s at a service's scale, not 0.3 s.
 */
import i18n from 'i18next';
import { loadContentWords } from '../i18n/content-language';
import { preloadable } from './preloadable';

export const togetherScreen = preloadable(() => import('./together-screen').then((m) => m.default));
export const motionRoot = preloadable(() => import('./motion-root').then((m) => m.default));

/** Staff's namespaces inside Together, in the staff's language. */
const STAFF_NAMESPACES = ['guide', 'lock'];

export function preloadTogether(personLanguage: string) {
  togetherScreen.preload();
  motionRoot.preload();
  const ignore = () => undefined;
  void import('./motion-features').catch(ignore);
  void loadContentWords(personLanguage).catch(ignore);
  void i18n.loadNamespaces(STAFF_NAMESPACES).catch(ignore);
}
