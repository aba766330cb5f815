/**
 * Reading a zip from another app without trusting it. The central directory is read first and
 * its declared sizes are checked against the limits before anything is inflated: too many
 * entries, one entry too large, or all of them together too large is a 'zip-bomb'. An entry is
 * then inflated in small steps and reading stops at the first byte past its declared size (a
 * 'zip-bomb' too: a small entry that lies about its size cannot fill the memory). The bytes must
 * be exactly the declared size and match the entry's CRC-32, or the zip is 'broken-zip'.
 * Only stored and deflated entries are read; zip64 sizes read as too large.
 */
import { Inflate } from 'fflate';
import { MAX_ENTRY_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from './obf-types';
import { ObfRefusal, refuse } from './refusal';

export interface ZipEntry {
  /** As written, with `\` turned into `/` and no leading `./` or `/`. */
  readonly name: string;
  readonly method: 0 | 8;
  readonly crc: number;
  /** The size the directory declares once inflated: a ceiling, never trusted as the truth. */
  readonly size: number;
  readonly dataStart: number;
  readonly dataEnd: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Deflate's best case: a 258-byte match coded in about two bits. */
const MAX_DEFLATE_RATIO = 1032;
const MIN_STEP = 1024;
const MAX_STEP = 64 * 1024;

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

export const normaliseZipPath = (path: string): string =>
  path.replace(/\\/g, '/').replace(/^(\.?\/)+/, '');

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return refuse('broken-zip');
}

/** Where an entry's data starts, from its local header (whose own sizes are not used). */
function dataStartOf(view: DataView, at: number): number {
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) {
    return refuse('broken-zip');
  }
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

function readEntry(bytes: Uint8Array, view: DataView, at: number, end: number) {
  if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) refuse('broken-zip');
  const method = view.getUint16(at + 10, true);
  const nameLength = view.getUint16(at + 28, true);
  if (at + 46 + nameLength > end) refuse('broken-zip');
  // Bit 0: encrypted. Bit 11: the name is UTF-8; other names are mostly ASCII, read alike.
  const isReadable = !(view.getUint16(at + 8, true) & 1) && (method === 0 || method === 8);
  const dataStart = dataStartOf(view, view.getUint32(at + 42, true));
  const entry: ZipEntry = {
    name: normaliseZipPath(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))),
    method: method === 0 ? 0 : 8,
    crc: view.getUint32(at + 16, true),
    size: view.getUint32(at + 24, true),
    dataStart,
    dataEnd: dataStart + view.getUint32(at + 20, true),
  };
  if (entry.dataEnd > bytes.length) refuse('broken-zip');
  const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  return { entry: isReadable ? entry : undefined, next };
}

/**
 * Every readable entry of the zip's central directory, checked for shape and for the declared
 * sizes, nothing inflated yet. Encrypted or otherwise compressed entries are left out.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) refuse('broken-zip');
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  if (count > MAX_ZIP_ENTRIES) refuse('zip-bomb');
  if (start + view.getUint32(end + 12, true) > end) refuse('broken-zip');
  const entries: ZipEntry[] = [];
  let unpacked = 0;
  for (let i = 0, at = start; i < count; i += 1) {
    const { entry, next } = readEntry(bytes, view, at, end);
    at = next;
    if (!entry) continue;
    unpacked += entry.size;
    if (entry.size > MAX_ENTRY_BYTES || unpacked > MAX_UNPACKED_BYTES) refuse('zip-bomb');
    entries.push(entry);
  }
  return entries;
}

/** Inflates `data`, refusing at the first byte past `size`. */
function inflateWithin(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    if (chunk.length > size - produced) refuse('zip-bomb');
    out.set(chunk, produced);
    produced += chunk.length;
  });
  try {
    let at = 0;
    do {
      // Never more input than the room left can take, so a step cannot pass the ceiling by much.
      const room = Math.ceil((size - produced) / MAX_DEFLATE_RATIO);
      const next = Math.min(data.length, at + Math.min(MAX_STEP, Math.max(MIN_STEP, room)));
      inflate.push(data.subarray(at, next), next === data.length);
      at = next;
    } while (at < data.length);
  } catch (error) {
    if (error instanceof ObfRefusal) throw error;
    refuse('broken-zip');
  }
  if (produced !== size) refuse('broken-zip');
  return out;
}

/** One entry's bytes, never more than its declared size, checked against its CRC-32. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  if (entry.method === 0 && data.length !== entry.size) refuse('broken-zip');
  const out = entry.method === 0 ? data.slice() : inflateWithin(data, entry.size);
  if (crc32(out) !== entry.crc) refuse('broken-zip');
  return out;
}
