/**
 * Words people type — a name, a caption, a card's label, a note — are laid out apart from the
 * app's own words, so their direction cannot reorder the sentence around them. Without it a
 * right-to-left override (U+202E) in a name turns "Erase Bob for good" into "Erase doog rof boB",
 * and an Arabic or Hebrew name pulls the punctuation after it to the wrong side.
 *
 * Every value i18next puts into a sentence passes through `isolateDirection` (setup.ts). A value
 * that needs it is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: inside, it takes the
 * direction of its own first letter; outside, it is one neutral block, and the isolate's end also
 * ends any override or embedding left open inside it. In a left-to-right page a value made only of
 * left-to-right letters, digits and punctuation lays out the same either way, so it stays as it is
 * (what screen readers and tests read does not change); in a right-to-left page every value is
 * isolated, as even "Bob!" reorders there. Text shown on its own (a heading that is a name, a
 * caption) is isolated by its element instead (`dir="auto"`, or `<bdi>`).
 */

export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their
// presentation forms, and the right-to-left blocks beyond the first plane), Arabic digits, and
// every direction control: marks, embeddings, overrides and isolates.
const NEEDS_ISOLATION =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}\p{Bidi_Control}]/u;

export function needsIsolation(text: string): boolean {
  return NEEDS_ISOLATION.test(text);
}

/** The value as it goes into a sentence of a page in the given direction. */
export function isolateDirection(value: string, pageDirection: 'ltr' | 'rtl'): string {
  if (value === '' || (pageDirection === 'ltr' && !needsIsolation(value))) return value;
  return FIRST_STRONG_ISOLATE + value + POP_DIRECTIONAL_ISOLATE;
}
