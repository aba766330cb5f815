/**
 * Reads a browser profile's files the way someone holding the tablet could: every file's bytes,
 * and for a LevelDB (IndexedDB, Local and Session Storage) what its files hold once read as
 * LevelDB reads them — log records joined across blocks, table blocks decompressed (Snappy).
 * A plain search of the raw files misses copies: a table block stores a second copy of a record
 * as a back-reference to the first.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const LOG_BLOCK = 32 * 1024;
const LOG_HEADER = 7;
const FOOTER = 48;

function varint(bytes: Buffer, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  let pos = at;
  for (;;) {
    const byte = bytes[pos++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, pos];
  }
}

/** Snappy's raw format: a length, then literals and back-references. */
function unsnappy(compressed: Buffer): Buffer {
  const [length, start] = varint(compressed, 0);
  const out = Buffer.alloc(length);
  let o = 0;
  let pos = start;
  while (pos < compressed.length) {
    const tag = compressed[pos++] ?? 0;
    if ((tag & 3) === 0) {
      let size = tag >> 2;
      if (size >= 60) {
        const bytes = size - 59;
        size = compressed.readUIntLE(pos, bytes);
        pos += bytes;
      }
      compressed.copy(out, o, pos, pos + size + 1);
      o += size + 1;
      pos += size + 1;
      continue;
    }
    let size: number;
    let offset: number;
    if ((tag & 3) === 1) {
      size = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | (compressed[pos++] ?? 0);
    } else if ((tag & 3) === 2) {
      size = (tag >> 2) + 1;
      offset = compressed.readUInt16LE(pos);
      pos += 2;
    } else {
      size = (tag >> 2) + 1;
      offset = compressed.readUInt32LE(pos);
      pos += 4;
    }
    for (let i = 0; i < size; i++, o++) out[o] = out[o - offset] ?? 0;
  }
  return out;
}

function tableBlock(file: Buffer, offset: number, size: number): Buffer {
  const contents = file.subarray(offset, offset + size);
  const compression = file[offset + size];
  if (compression === 0) return contents;
  if (compression === 1) return unsnappy(contents);
  throw new Error(`a table block compressed as ${compression}, which this reader does not know`);
}

/** The values of a block's entries (keys are prefix-compressed, and only handles are needed). */
function blockValues(block: Buffer): Buffer[] {
  const restarts = block.readUInt32LE(block.length - 4);
  const end = block.length - 4 - restarts * 4;
  const values: Buffer[] = [];
  let pos = 0;
  while (pos < end) {
    let nonShared: number;
    let valueLength: number;
    [, pos] = varint(block, pos);
    [nonShared, pos] = varint(block, pos);
    [valueLength, pos] = varint(block, pos);
    pos += nonShared;
    values.push(block.subarray(pos, pos + valueLength));
    pos += valueLength;
  }
  return values;
}

/** Every data block of a table file, decompressed. */
function tableContents(file: Buffer): Buffer {
  const footer = file.subarray(file.length - FOOTER);
  // The footer: the metaindex's handle (skipped), then the index's offset and size.
  const [, afterMetaOffset] = varint(footer, 0);
  const [, afterMetaSize] = varint(footer, afterMetaOffset);
  const [indexOffset, afterIndexOffset] = varint(footer, afterMetaSize);
  const [indexSize] = varint(footer, afterIndexOffset);
  const blocks = blockValues(tableBlock(file, indexOffset, indexSize)).map((handle) => {
    const [offset, next] = varint(handle, 0);
    const [size] = varint(handle, next);
    return tableBlock(file, offset, size);
  });
  return Buffer.concat(blocks);
}

/** Every record of a log file, its fragments joined across the 32 KB blocks. */
function logContents(file: Buffer): Buffer {
  const records: Buffer[] = [];
  let pending: Buffer[] = [];
  for (let block = 0; block < file.length; block += LOG_BLOCK) {
    const blockEnd = Math.min(block + LOG_BLOCK, file.length);
    for (let pos = block; pos + LOG_HEADER <= blockEnd;) {
      const length = file.readUInt16LE(pos + 4);
      const type = file[pos + 6];
      if (type === 0 && length === 0) break;
      const data = file.subarray(pos + LOG_HEADER, pos + LOG_HEADER + length);
      pos += LOG_HEADER + length;
      if (type === 1) records.push(data);
      else if (type === 2) pending = [data];
      else if (type === 3) pending.push(data);
      else if (type === 4) records.push(Buffer.concat([...pending, data]));
    }
  }
  return Buffer.concat(records);
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      return []; // deleted while listing
    }
    if (stat.isSymbolicLink()) return [];
    return stat.isDirectory() ? filesUnder(path) : [path];
  });
}

/** A file's bytes as they can be read: LevelDB logs and tables decoded, any other file as is. */
function readable(path: string): Buffer {
  const bytes = readFileSync(path);
  if (path.endsWith('.log')) return logContents(bytes);
  if (path.endsWith('.ldb') || path.endsWith('.sst')) return tableContents(bytes);
  return bytes;
}

function count(haystack: Buffer, needle: Buffer): number {
  let found = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found++;
  return found;
}

/**
 * Where the text can still be read under `directory`: each file with how many copies it holds,
 * as Latin-1, UTF-16 or UTF-8 (the ways V8 and Chromium store strings).
 */
export function copiesOf(text: string, directory: string): Record<string, number> {
  const forms = [
    Buffer.from(text, 'latin1'),
    Buffer.from(text, 'utf16le'),
    Buffer.from(text),
  ].filter((form, i, all) => all.findIndex((other) => other.equals(form)) === i);
  const copies: Record<string, number> = {};
  for (const path of filesUnder(directory)) {
    let bytes: Buffer;
    try {
      bytes = readable(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // replaced meanwhile
      throw error;
    }
    const found = forms.reduce((sum, form) => sum + count(bytes, form), 0);
    if (found > 0) copies[relative(directory, path)] = found;
  }
  return copies;
}
