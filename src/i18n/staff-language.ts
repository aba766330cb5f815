/**
 * The language of the staff screens chosen on this tablet (Settings → Language). Kept in
 * localStorage, not the database: the words must be known before the first screen, which comes
 * before the database opens, and the choice is this tablet's own (never in a backup). A person's
 * pictures and speech follow the language on their profile instead.
 */
const STAFF_LANGUAGE_KEY = 'restory.staffLanguage';

/** The chosen language code, or null when staff never chose one (or storage is unavailable). */
export function readStaffLanguage(): string | null {
  try {
    return localStorage.getItem(STAFF_LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the choice; says whether it could be kept for the next start. */
export function saveStaffLanguage(language: string): boolean {
  try {
    localStorage.setItem(STAFF_LANGUAGE_KEY, language);
    return true;
  } catch {
    return false;
  }
}
