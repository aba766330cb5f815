import { describe, expect, it } from 'vitest';
import { formatStorageSize } from './format-storage-size';

describe('formatStorageSize', () => {
  it('uses megabytes below a gigabyte', () => {
    expect(formatStorageSize(0, 'en')).toBe('0 MB');
    expect(formatStorageSize(420_000, 'en')).toBe('0.4 MB');
    expect(formatStorageSize(12_345_678, 'en')).toBe('12 MB');
    expect(formatStorageSize(999_400_000, 'en')).toBe('999 MB');
  });

  it('uses gigabytes from a gigabyte up', () => {
    expect(formatStorageSize(1_500_000_000, 'en')).toBe('1.5 GB');
    expect(formatStorageSize(64_000_000_000, 'en')).toBe('64 GB');
  });

  it("follows the language's number style", () => {
    // German puts a no-break space before the unit.
    expect(formatStorageSize(1_500_000_000, 'de')).toMatch(/^1,5\sGB$/);
  });
});
