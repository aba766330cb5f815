import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  compressibleBomb,
  corruptedZip,
  hugeDeclaredSize,
  lyingBomb,
  overlappingBomb,
  tooManyEntries,
  truncatedZip,
} from '../../../tests/fixtures/obf/hostile-zips';
import { gridBoard, obfFile, zipBytes } from '../../../tests/fixtures/obf/obf-builders';
import { importBoards, MAX_ENTRY_BYTES, type ImportRefusal } from './obf';

const refusalOf = async (name: string, bytes: Uint8Array) => {
  const result = await importBoards({ name, bytes });
  return result.ok ? 'accepted' : result.refusal;
};

describe('refusing what is not a board', () => {
  it.each([
    ['a JSON object that is not a board', '{"hello": "world"}'],
    ['a JSON list', '[1, 2, 3]'],
    ['a JSON string', '"board"'],
    ['text that is not JSON', 'Dear staff, here are the boards'],
    ['an empty file', ''],
  ])('refuses %s', async (_, text) => {
    expect(await refusalOf('board.obf', strToU8(text))).toBe('not-a-board');
  });

  it('refuses bytes that are neither JSON nor a zip, whatever the file is called', async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256);
    expect(await refusalOf('boards.obz', bytes)).toBe('not-a-board');
  });

  it('refuses a bare board file over the entry limit without reading it', async () => {
    const bytes = new Uint8Array(MAX_ENTRY_BYTES + 1).fill(0x20);
    expect(await refusalOf('board.obf', bytes)).toBe('file-too-large');
  });
});

describe('refusing broken zips and zip bombs', () => {
  const cases: [string, () => Uint8Array, ImportRefusal][] = [
    ['a zip cut short', truncatedZip, 'broken-zip'],
    ['a zip whose board bytes were changed', corruptedZip, 'broken-zip'],
    ['a highly compressible entry over the per-entry limit', compressibleBomb, 'zip-bomb'],
    ['an entry whose central directory declares nearly 4 GB', hugeDeclaredSize, 'zip-bomb'],
    ['entries over the total unpacked limit', overlappingBomb, 'zip-bomb'],
    ['more entries than the limit', tooManyEntries, 'zip-bomb'],
  ];
  it.each(cases)('refuses %s', async (_, build, refusal) => {
    expect(await refusalOf('boards.obz', build())).toBe(refusal);
  });

  it('stops inflating an entry as soon as it gives more than it declared', async () => {
    const started = performance.now();
    expect(await refusalOf('boards.obz', lyingBomb())).toBe('zip-bomb');
    // Inflating the whole gigabyte would take seconds; the first megabyte takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('never throwing', () => {
  it('answers random bytes with a refusal, never an error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const result = await importBoards({ name: 'random.obz', bytes });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('answers a zip with random bytes changed with a result or a refusal, never an error', async () => {
    const good = zipBytes({ 'boards/1.obf': gridBoard([['a', 'b']]) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (changes) => {
          const bytes = good.slice();
          for (const [at, mask] of changes) bytes[at] = (bytes[at] ?? 0) ^ mask;
          const result = await importBoards({ name: 'changed.obz', bytes });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers any JSON value with a result or a refusal, never an error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const result = await importBoards(obfFile(value));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
