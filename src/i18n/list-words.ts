/** Words joined into one list ("drums, music and walks") for a sentence or a line of the page. */
import i18n from 'i18next';
import { isolateDirection } from './isolate-direction';
import { pageDirection } from './page-direction';

/**
 * Each word is isolated as any value put into a sentence is (isolate-direction.ts), so one typed
 * in another direction cannot reorder the commas and "and" around it. An odd language tag falls
 * back to commas rather than breaking the screen.
 */
export function listOfWords(
  items: readonly string[],
  language: string,
  options: Intl.ListFormatOptions = { style: 'long', type: 'conjunction' },
): string {
  // Right to left when the list's own language is, or the page around it.
  const direction = i18n.dir(language) === 'rtl' ? 'rtl' : pageDirection();
  const isolated = items.map((item) => isolateDirection(item, direction));
  try {
    return new Intl.ListFormat(language, options).format(isolated);
  } catch {
    return isolated.join(', ');
  }
}
