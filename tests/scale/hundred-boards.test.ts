/**
 * The 100-board package the import benchmark reads: `npm run bench` runs this file with
 * RESTORY_OBZ_OUT set to a file path and imports the file through the Library screen. Without it
 * the package is still built and imported here, so the fixture stays a valid package.
 */
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { importBoards } from '../../src/domain/obf/obf';
import { buildHundredBoardObz } from '../fixtures/obf/hundred-boards';

it('builds a package of 100 boards that imports whole', async () => {
  const bytes = buildHundredBoardObz(100);
  const out = process.env['RESTORY_OBZ_OUT'];
  if (out) writeFileSync(out, bytes);
  const result = await importBoards({ name: 'hundred.obz', bytes });
  expect(result.ok && result.boards.length).toBe(100);
});
