/**
 * Restore must refuse every mangled file with a BackupError and leave every table exactly as it
 * was. The one exception is a flipped bit that lands where a zip keeps no content (a local
 * header's time, say): such a file is still whole, so it must read back exactly as the original.
 *
 * The suite tries a sample (every named case, fewer truncations and flipped bits); `npm run bench`
 * runs this file with RESTORY_FUZZ=whole for the whole corpus and prints the count.
 */
import { expect, it } from 'vitest';
import { allTablesJson, seedBackupData } from '../../../tests/fixtures/backup';
import { makeMangledBackups } from '../../../tests/fixtures/mangled-backups';
import { BackupError } from './backup-error';
import { exportBackup } from './export-backup';
import { applyBackup, readBackup } from './restore-backup';

async function tryRestore(bytes: Uint8Array): Promise<unknown> {
  try {
    const backup = await readBackup(bytes);
    return backup;
  } catch (error) {
    return error;
  }
}

const wholeCorpus = process.env['RESTORY_FUZZ'] === 'whole';

it('refuses mangled backups of every kind and changes nothing', { timeout: 120_000 }, async () => {
  await seedBackupData();
  const base = await exportBackup();
  const original = JSON.stringify((await readBackup(base)).rows, (_, v: unknown) =>
    ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v,
  );
  const before = await allTablesJson();
  const cases = makeMangledBackups(base, { whole: wholeCorpus });
  let refused = 0;
  let whole = 0;
  const problems: string[] = [];

  for (const mangled of cases) {
    const outcome = await tryRestore(mangled.bytes);
    if (outcome instanceof BackupError) {
      refused += 1;
      if (mangled.reason && outcome.reason !== mangled.reason) {
        problems.push(`${mangled.name}: ${outcome.reason}, expected ${mangled.reason}`);
      }
    } else if (
      mangled.mayKeepContent &&
      outcome &&
      typeof outcome === 'object' &&
      'rows' in outcome
    ) {
      const rows = JSON.stringify(outcome.rows, (_, v: unknown) =>
        ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v,
      );
      if (rows === original) whole += 1;
      else problems.push(`${mangled.name}: accepted with changed content`);
    } else {
      problems.push(`${mangled.name}: ${outcome instanceof Error ? outcome.message : 'accepted'}`);
      if (outcome && typeof outcome === 'object' && 'rows' in outcome) {
        await applyBackup(outcome as Awaited<ReturnType<typeof readBackup>>, 'merge');
      }
    }
  }

  expect(problems).toEqual([]);
  expect(await allTablesJson()).toBe(before);
  expect(cases.length).toBeGreaterThanOrEqual(wholeCorpus ? 500 : 100);
  console.info(
    `mangled backups tried: ${cases.length}; refused: ${refused}; whole after a harmless flip: ${whole}`,
  );
});
