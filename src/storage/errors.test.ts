import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from './errors';

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const abortWith = (extra: { inner?: unknown; cause?: unknown }) =>
  Object.assign(new Error('abort'), { name: 'AbortError' }, extra);

describe('isQuotaError', () => {
  it('knows a QuotaExceededError DOMException', () => {
    expect(isQuotaError(quotaDom())).toBe(true);
  });

  it("knows Dexie's QuotaExceededError", () => {
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
  });

  it('knows the old Firefox name', () => {
    expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
  });

  it("looks inside an AbortError's inner, as Dexie wraps it", () => {
    expect(isQuotaError(abortWith({ inner: quotaDom() }))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quotaDom()))).toBe(true);
  });

  it("looks inside an AbortError's cause", () => {
    expect(isQuotaError(abortWith({ cause: quotaDom() }))).toBe(true);
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
  });

  it('looks through an AbortError inside an AbortError', () => {
    expect(isQuotaError(abortWith({ inner: abortWith({ cause: quotaDom() }) }))).toBe(true);
  });

  it('says no to an AbortError with some other cause, or none', () => {
    expect(isQuotaError(abortWith({}))).toBe(false);
    expect(isQuotaError(abortWith({ inner: new DOMException('x', 'ConstraintError') }))).toBe(
      false,
    );
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
  });

  it('says no to other errors, even ones that carry a quota error', () => {
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(isQuotaError(new TypeError('x', { cause: quotaDom() }))).toBe(false);
  });

  it('says no to things that are not errors', () => {
    for (const value of [undefined, null, 'QuotaExceededError', 22, {}]) {
      expect(isQuotaError(value)).toBe(false);
    }
  });

  it('stops on errors that wrap each other in a loop', () => {
    const a = abortWith({});
    const b = abortWith({ inner: a });
    Object.assign(a, { inner: b });
    expect(isQuotaError(a)).toBe(false);
  });
});
