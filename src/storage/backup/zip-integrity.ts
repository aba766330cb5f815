/**
 * fflate's unzipSync does not check CRC-32s, so a flipped byte inside a stored picture would
 * restore silently. This reads each entry's CRC from the zip's central directory and compares it
 * with the unzipped bytes. Backups are capped far below 4 GB, so zip64 records never appear.
 */
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

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

function findEndOfDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** CRC-32 by entry name, or undefined when the directory cannot be read. */
export function readEntryCrcs(bytes: Uint8Array): Map<string, number> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const crcs = new Map<string, number>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > view.byteLength) return undefined;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    crcs.set(name, view.getUint32(at + 16, true));
    at += 46 + skip;
  }
  return crcs;
}

/** True when every entry's bytes match the CRC-32 the zip declares for them. */
export function hasIntactEntries(
  bytes: Uint8Array,
  entries: ReadonlyMap<string, Uint8Array>,
): boolean {
  const crcs = readEntryCrcs(bytes);
  if (!crcs || crcs.size !== entries.size) return false;
  return [...entries].every(([name, data]) => crcs.get(name) === crc32(data));
}
