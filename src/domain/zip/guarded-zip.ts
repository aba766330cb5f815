/**
 * Reading a zip without trusting it, for backups and for boards from other apps. The central
 * directory gives each entry's name, method, CRC and declared size; the declared size is only a
 * ceiling. An entry is inflated in small steps, never more than its declared size can hold
 * (deflate expands at most 1,032 times, so a step of `room / 1032` compressed bytes can never pass
 * the ceiling by more than one small step), and the moment it gives a byte more than it declared,
 * reading stops: a 2 MB entry that declares 1,000 bytes and would inflate to 2 GB is refused after
 * about one megabyte. The bytes it gave must then be exactly the declared size and match the
 * entry's CRC-32.
 *
 * Entries may not overlap (one compressed stream named many times is a known zip bomb) and must
 * lie inside the file; zip64 records are refused. Encrypted entries and methods other than stored
 * and deflated are refused, or left out when the caller says so. What is refused throws a
 * `ZipRefusal`: `bomb` for an entry that gives more than it declares or entries that overlap,
 * `broken` for the rest.
 * Callers say it in their own words (a backup's, a board file's). fflate's `Inflate` is passed in,
 * so a caller can load it only when a zip is read.
 */
import type { Inflate } from 'fflate';

export class ZipRefusal extends Error {
  constructor(
    readonly kind: 'broken' | 'bomb',
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`Zip refused (${kind}): ${detail}`, options);
    this.name = 'ZipRefusal';
  }
}

/** fflate's streaming inflater, as the caller loaded it. */
export interface ZipInflater {
  readonly Inflate: typeof Inflate;
}

export interface ZipEntry {
  readonly name: string;
  /** 0: stored as it is; 8: deflated. */
  readonly method: 0 | 8;
  readonly crc: number;
  /** The size the zip declares once inflated: a ceiling, never trusted as the truth. */
  readonly size: number;
  /** Where its local header starts, and where its data starts and ends. */
  readonly headerAt: number;
  readonly dataStart: number;
  readonly dataEnd: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Deflate's best case: a 258-byte match coded in about two bits. */
const MAX_DEFLATE_RATIO = 1032;
const MIN_STEP = 1024;
const MAX_STEP = 256 * 1024;

const refuse = (detail: string, kind: ZipRefusal['kind'] = 'broken'): never => {
  throw new ZipRefusal(kind, detail);
};

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return refuse('not a zip');
}

/** Where an entry's data starts, from its local header (whose own sizes are not used). */
function dataStartOf(view: DataView, at: number): number {
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) {
    return refuse('local header');
  }
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

/**
 * Every entry of the zip's central directory, checked for shape but not yet inflated. With
 * `skipUnreadable`, an encrypted entry or one of another method is left out instead of refused.
 */
export function readZipDirectory(
  bytes: Uint8Array,
  { skipUnreadable = false }: { skipUnreadable?: boolean } = {},
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) refuse('not a zip');
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  const isOneDisk = view.getUint32(end + 4, true) === 0 && view.getUint16(end + 8, true) === count;
  if (!isOneDisk || count === 0xffff || start + view.getUint32(end + 12, true) > end) {
    refuse('directory');
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0, at = start; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) refuse('directory entry');
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > end) refuse('directory entry');
    const entryLength =
      46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    // Bit 0: encrypted. Only stored (0) and deflated (8) entries are read.
    if (view.getUint16(at + 8, true) & 1 || (method !== 0 && method !== 8)) {
      if (!skipUnreadable) refuse('entry kind');
      at += entryLength;
      continue;
    }
    const headerAt = view.getUint32(at + 42, true);
    const dataStart = dataStartOf(view, headerAt);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: method === 0 ? 0 : 8,
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      headerAt,
      dataStart,
      dataEnd: dataStart + view.getUint32(at + 20, true),
    };
    if (entry.dataEnd > start) refuse('entry outside the file');
    entries.push(entry);
    at += entryLength;
  }
  const inFileOrder = [...entries].sort((a, b) => a.headerAt - b.headerAt);
  inFileOrder.forEach((entry, i) => {
    const next = inFileOrder[i + 1];
    if (next && entry.dataEnd > next.headerAt) refuse('overlapping entries', 'bomb');
  });
  return entries;
}

/** Inflates `data`, stopping at the first byte past `size`; calls `onBytes` as bytes arrive. */
function inflateWithin(
  fflate: ZipInflater,
  data: Uint8Array,
  size: number,
  onBytes: (count: number) => void,
): Uint8Array {
  // Grown as bytes arrive, so a file that only claims to be large takes no memory for it.
  let out = new Uint8Array(Math.min(size, MAX_STEP));
  let produced = 0;
  // What `onBytes` threw to stop reading goes back to the caller as it is.
  const stopped: { happened: boolean; error: unknown } = { happened: false, error: undefined };
  const inflate = new fflate.Inflate((chunk) => {
    if (chunk.length > size - produced) refuse('an entry larger than it declares', 'bomb');
    if (produced + chunk.length > out.length) {
      const grown = new Uint8Array(
        Math.min(size, Math.max(out.length * 2, produced + chunk.length)),
      );
      grown.set(out.subarray(0, produced));
      out = grown;
    }
    out.set(chunk, produced);
    produced += chunk.length;
    try {
      onBytes(chunk.length);
    } catch (error) {
      stopped.happened = true;
      stopped.error = error;
      throw error;
    }
  });
  try {
    let at = 0;
    do {
      const room = Math.ceil((size - produced) / MAX_DEFLATE_RATIO);
      const next = Math.min(data.length, at + Math.min(MAX_STEP, Math.max(MIN_STEP, room)));
      inflate.push(data.subarray(at, next), next === data.length);
      at = next;
    } while (at < data.length);
  } catch (error) {
    if (stopped.happened) throw stopped.error;
    if (error instanceof ZipRefusal) throw error;
    throw new ZipRefusal('broken', 'inflate', { cause: error });
  }
  if (produced !== size) refuse('an entry smaller than it declares');
  return out;
}

/**
 * One entry's bytes, at most its declared size, checked against its CRC-32. `onBytes` hears of
 * every inflated byte as it arrives and may throw to stop reading.
 */
export function readZipEntry(
  fflate: ZipInflater,
  bytes: Uint8Array,
  entry: ZipEntry,
  onBytes: (count: number) => void = () => undefined,
): Uint8Array {
  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (data.length !== entry.size) refuse('a stored entry of another size');
    onBytes(data.length);
    out = data.slice();
  } else {
    out = inflateWithin(fflate, data, entry.size, onBytes);
  }
  if (crc32(out) !== entry.crc) refuse('checksum');
  return out;
}
