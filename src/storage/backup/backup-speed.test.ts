/** A rough speed figure for export and restore (npm run bench gives the 100 MB figure). */
import { expect, it } from 'vitest';
import { makeMedia } from '../../../tests/fixtures/backup';
import { db } from '../database';
import { exportBackup } from './export-backup';
import { applyBackup, readBackup } from './restore-backup';

const MB = 1024 * 1024;

it('exports and restores about 12 MB of pictures', async () => {
  await db.media.bulkAdd(
    Array.from({ length: 48 }, (_, i) => makeMedia(`photo-${i}`, null, MB / 4)),
  );
  const started = performance.now();
  const bytes = await exportBackup();
  const exported = performance.now();
  await applyBackup(await readBackup(bytes), 'replace');
  const restored = performance.now();

  expect(await db.media.count()).toBe(48);
  const size = bytes.byteLength / MB;
  const rate = (ms: number) => (size / (ms / 1000)).toFixed(1);
  console.info(
    `backup of ${size.toFixed(1)} MB: export ${rate(exported - started)} MB/s, ` +
      `restore (replace, snapshot included) ${rate(restored - exported)} MB/s`,
  );
});
