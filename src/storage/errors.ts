/**
 * Telling a full disk apart from other failed writes, so the app can say "storage is full"
 * instead of a vague "could not be saved".
 */

const QUOTA_NAMES = new Set([
  // The standard DOMException name, and Dexie's own QuotaExceededError (same name on purpose).
  'QuotaExceededError',
  // Old Firefox reported a full disk under this name.
  'NS_ERROR_DOM_QUOTA_REACHED',
]);
/** The legacy DOMException code for QuotaExceededError. */
const QUOTA_CODE = 22;
/**
 * How many wrappers to look through. Dexie wraps once (an AbortError with `inner`); the limit only
 * guards against a cycle of errors that point at each other.
 */
const MAX_DEPTH = 4;

function isDirectQuotaError(error: object): boolean {
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  return error instanceof DOMException && code === QUOTA_CODE;
}

/**
 * True when a write failed because storage is full: a QuotaExceededError itself, or an
 * AbortError that carries one — IndexedDB aborts the transaction and Dexie puts the real
 * cause in `inner` (Dexie docs, QuotaExceededError); standard `cause` is looked at too.
 */
export function isQuotaError(error: unknown): boolean {
  return isQuotaErrorWithin(error, 0);
}

function isQuotaErrorWithin(error: unknown, depth: number): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  if (isDirectQuotaError(error)) return true;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  if (name !== 'AbortError') return false;
  return isQuotaErrorWithin(inner, depth + 1) || isQuotaErrorWithin(cause, depth + 1);
}
