/**
 * What Together needs before it can show, read ahead from the person's page (where "Carry on" and
 * "Start" lead to it): its code (together-code.ts), framer-motion's animation features, the
 * person's words, and staff's own inside Together (the guide, the PIN prompt). Without them,
 * Together opened in about 0.95 s at a service's scale; with them, about 0.5 s (BENCHMARKS.md).
 */
import { loadContentWords } from '../i18n/content-language';
import { preloadTogetherCode } from './together-code';

const ignore = () => undefined;

export function preloadTogether(personLanguage: string) {
  preloadTogetherCode();
  void loadContentWords(personLanguage).catch(ignore);
}
