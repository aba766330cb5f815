/**
 * Limits hold on the bytes a zip actually inflates to, not on the sizes it declares. Each crafted
 * file lies the way a hostile one would (an entry declared as 1,000 bytes that inflates to 2 GB,
 * with the CRC-32 of the 1,000 bytes it admits to) and must be refused quickly, before the tab
 * could freeze: reading stops at the first byte past what the entry declared.
 */
import { strToU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { allTablesJson, seedBackupData } from '../../../tests/fixtures/backup';
import { deflatedZeros, writeZip, type CraftedEntry } from '../../../tests/fixtures/crafted-zips';
import type { BackupErrorReason } from './backup-error';
import { exportBackup } from './export-backup';
import { readBackup } from './restore-backup';
import { crc32 } from './zip-reader';

type Json = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> };

/** 2 GB of zeros, deflated to about 2 MB: built once. */
const TWO_GB = deflatedZeros(2048);
const crcs = new Map<number, number>();
const zerosCrc = (length: number) => {
  const crc = crcs.get(length) ?? crc32(new Uint8Array(length));
  crcs.set(length, crc);
  return crc;
};
/** The longest any crafted file took to be refused, for the closing note. */
const slowest = { ms: 0, name: '' };

afterAll(() => {
  console.info(
    `crafted zips: the slowest refusal took ${slowest.ms.toFixed(0)} ms (${slowest.name})`,
  );
});

/** A deflated entry that declares `size` bytes with their CRC, and inflates to 2 GB. */
const bomb = (name: string, size: number): CraftedEntry => ({
  name,
  data: TWO_GB,
  method: 8,
  size,
  crc: zerosCrc(size),
});

const stored = (name: string, data: Uint8Array): CraftedEntry => ({
  name,
  data,
  method: 0,
  size: data.length,
  crc: crc32(data),
});

/** The seeded tablet's own backup, its JSON changed by `craft`, its pictures as entries. */
async function realBackup(craft: (json: Json) => void = () => undefined) {
  const entries = unzipSync(await exportBackup());
  const json = JSON.parse(new TextDecoder().decode(entries['backup.json'])) as Json;
  craft(json);
  const jsonBytes = strToU8(JSON.stringify(json));
  const pictures = Object.entries(entries)
    .filter(([name]) => name.startsWith('media/'))
    .map(([name, data]) => stored(name, data));
  return { json: stored('backup.json', jsonBytes), pictures };
}

/** Ten more pictures of `size` bytes for Sam, listed in the JSON. */
const addTenPictures = (size: number) => (json: Json) => {
  const sam = json.tables['media']?.find((m) => m['id'] === 'photo-sam') ?? {};
  for (let i = 0; i < 10; i += 1) json.tables['media']?.push({ ...sam, id: `bomb-${i}`, size });
};

async function expectRefusedQuickly(
  name: string,
  bytes: Uint8Array,
  reason: BackupErrorReason,
  detail: RegExp,
) {
  const before = await allTablesJson();
  const started = performance.now();
  const refusal = readBackup(bytes);
  await expect(refusal).rejects.toMatchObject({ reason });
  await expect(refusal).rejects.toThrow(detail);
  const ms = performance.now() - started;
  if (ms > slowest.ms) Object.assign(slowest, { ms, name });
  // Well under a second on a busy 2-core machine; the same files took 13 s to 164 s before.
  expect(ms).toBeLessThan(1000);
  expect(await allTablesJson()).toBe(before);
}

describe('a zip that lies about its sizes', () => {
  it('refuses backup.json declared as 1,000 bytes that inflates to 2 GB', async () => {
    await seedBackupData();
    const { pictures } = await realBackup();
    const bytes = writeZip([bomb('backup.json', 1_000), ...pictures]);
    await expectRefusedQuickly('backup.json as a bomb', bytes, 'not-a-backup', /larger than/);
  });

  it('refuses a picture of the listed size, with a matching CRC, that inflates to 2 GB', async () => {
    await seedBackupData();
    const { json, pictures } = await realBackup();
    const others = pictures.filter((p) => p.name !== 'media/photo-sam');
    // photo-sam is listed with 64 bytes: the bomb declares exactly that, and their CRC.
    const bytes = writeZip([json, ...others, bomb('media/photo-sam', 64)]);
    await expectRefusedQuickly('a picture as a bomb', bytes, 'not-a-backup', /larger than/);
  });

  it('refuses ten pictures declared as 1,000 bytes each that inflate to 2 GB each', async () => {
    await seedBackupData();
    const { json, pictures } = await realBackup(addTenPictures(1_000));
    const bombs = Array.from({ length: 10 }, (_, i) => bomb(`media/bomb-${i}`, 1_000));
    const bytes = writeZip([json, ...pictures, ...bombs]);
    await expectRefusedQuickly('ten bombs', bytes, 'not-a-backup', /larger than/);
  });

  it('refuses one compressed stream named by many entries (the entries overlap)', async () => {
    await seedBackupData();
    const { json, pictures } = await realBackup(addTenPictures(40 * 1024 * 1024));
    const honest = deflatedZeros(40);
    const shared: CraftedEntry = {
      name: 'media/bomb-0',
      data: honest,
      method: 8,
      size: 40 * 1024 * 1024,
      crc: zerosCrc(40 * 1024 * 1024),
    };
    const entries = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? shared : { ...shared, name: `media/bomb-${i}`, sameDataAs: 1 + pictures.length },
    );
    const bytes = writeZip([json, ...pictures, ...entries]);
    await expectRefusedQuickly('overlapping entries', bytes, 'not-a-backup', /overlapping/);
  });

  it('refuses a picture that inflates to fewer bytes than it declares', async () => {
    await seedBackupData();
    const { json, pictures } = await realBackup(addTenPictures(3 * 1024 * 1024));
    const short = Array.from({ length: 10 }, (_, i) => ({
      ...bomb(`media/bomb-${i}`, 3 * 1024 * 1024),
      data: deflatedZeros(2),
    }));
    const bytes = writeZip([json, ...pictures, ...short]);
    await expectRefusedQuickly('a short picture', bytes, 'not-a-backup', /smaller than/);
  });

  it('refuses honest sizes over the caps before inflating anything', async () => {
    await seedBackupData();
    const { json, pictures } = await realBackup(addTenPictures(60 * 1024 * 1024));
    const big = Array.from({ length: 10 }, (_, i) => ({
      ...stored(`media/bomb-${i}`, new Uint8Array(0)),
      size: 60 * 1024 * 1024,
    }));
    const bytes = writeZip([json, ...pictures, ...big]);
    await expectRefusedQuickly('600 MB declared', bytes, 'too-big', /declared sizes/);
  });

  it('still reads an honest file written the same way', async () => {
    await seedBackupData();
    const { json, pictures } = await realBackup(addTenPictures(3 * 1024 * 1024));
    const honest = Array.from({ length: 10 }, (_, i) => ({
      ...bomb(`media/bomb-${i}`, 3 * 1024 * 1024),
      data: deflatedZeros(3),
    }));
    const backup = await readBackup(writeZip([json, ...pictures, ...honest]));
    expect(backup.rows.media).toHaveLength(12);
    expect(backup.rows.media.at(-1)?.bytes.byteLength).toBe(3 * 1024 * 1024);
  });
});
