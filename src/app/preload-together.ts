/**
 * What Together needs before it can show, read ahead from the person's page (where "Carry on" and
 * "Start" lead to it): its code (together-code.ts), framer-motion's animation features, the
 * person's words, and staff's own inside Together (the guide, the PIN prompt). Without them,
 * Together opened in about 0.95 s at a service's scale; with them, about 0.5 s (BENCHMARKS.md).
 */
import i18n from 'i18next';
import { loadContentWords } from '../i18n/content-language';
import { motionRoot, togetherScreen } from './together-code';

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
