/**
 * An OBF image or sound record turned into bytes we can keep, trying its references in the
 * spec's order (data, path, url, symbol). Nothing is ever fetched: a web address or a symbol
 * set we do not have gives the placeholder picture (or no sound) and a warning. The type is
 * taken from the bytes themselves, so a WMF that calls itself image/png is still refused.
 * One image or sound over its limit refuses the whole import.
 */
import { parseDataUri } from './data-uri';
import { licenceFromObf } from './licence';
import type { ObfImage, ObfSound } from './obf-schema';
import {
  MAX_IMAGE_BYTES,
  MAX_SOUND_BYTES,
  type ImageContentType,
  type ImportedImage,
  type ImportedSound,
  type ImportWarningCode,
} from './obf-types';
import { refuse } from './refusal';

/** A file of the package by the path a record gives; 'too-large' when it is over `maxBytes`. */
export type ReadPath = (path: string, maxBytes: number) => Uint8Array | 'too-large' | undefined;

export interface Resolved<T> {
  readonly value: T | undefined;
  readonly problem?: ImportWarningCode;
}

/** Ours, not the file's: a dashed, empty frame with no words, so it needs no translation. */
const PLACEHOLDER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">' +
  '<rect x="4" y="4" width="92" height="92" rx="12" fill="#f4f4f4" stroke="#8a8a8a" ' +
  'stroke-width="4" stroke-dasharray="10 8"/></svg>';

export const placeholderImageBytes = (): Uint8Array => new TextEncoder().encode(PLACEHOLDER_SVG);

const startsWith = (bytes: Uint8Array, signature: readonly number[], from = 0) =>
  signature.every((byte, i) => bytes[from + i] === byte);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(head);
}

/** The picture type of these bytes, or undefined for anything we do not show (WMF, BMP…). */
export function sniffImageType(bytes: Uint8Array): ImageContentType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF8'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return looksLikeSvg(bytes) ? 'image/svg+xml' : undefined;
}

function sniffSoundType(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ascii('ID3')) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) {
    return 'audio/mpeg';
  }
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WAVE'), 8)) return 'audio/wav';
  if (startsWith(bytes, ascii('OggS'))) return 'audio/ogg';
  if (startsWith(bytes, ascii('ftyp'), 4)) return 'audio/mp4';
  return undefined;
}

type Found = { bytes: Uint8Array; declared: string } | ImportWarningCode;

/**
 * The bytes of a record's references in the spec's order, or why each cannot be used; lazily,
 * so that a reference after the one that works is never read.
 */
function* findBytes(
  record: ObfImage | ObfSound,
  readPath: ReadPath,
  kind: 'image' | 'sound',
): Generator<Found> {
  const maxBytes = kind === 'image' ? MAX_IMAGE_BYTES : MAX_SOUND_BYTES;
  const tooLarge: () => never = () =>
    refuse(kind === 'image' ? 'image-too-large' : 'sound-too-large');
  const declared = record.content_type?.toLowerCase() ?? '';
  if (record.data !== undefined) {
    const parsed = parseDataUri(record.data, maxBytes);
    if (parsed.kind === 'too-large') tooLarge();
    yield parsed.kind === 'bytes'
      ? { bytes: parsed.bytes, declared: parsed.contentType || declared }
      : `${kind}-unreadable`;
  }
  if (record.path !== undefined) {
    const bytes = readPath(record.path, maxBytes);
    if (bytes === 'too-large') tooLarge();
    yield bytes ? { bytes, declared } : `${kind}-missing`;
  }
  // Never fetched: a tablet in a care setting imports what it was given, and nothing more.
  if (record.url !== undefined) yield `${kind}-url-not-fetched`;
}

export function resolveImage(
  image: ObfImage,
  id: string,
  readPath: ReadPath,
): Resolved<ImportedImage> {
  const licence = licenceFromObf(image.license);
  const problems: ImportWarningCode[] = [];
  for (const found of findBytes(image, readPath, 'image')) {
    if (typeof found === 'string') {
      problems.push(found);
      continue;
    }
    const contentType = sniffImageType(found.bytes);
    if (contentType) {
      return { value: { id, bytes: found.bytes, contentType, isPlaceholder: false, licence } };
    }
    problems.push('image-unsupported');
  }
  if (image.symbol !== undefined) problems.push('image-symbol-unresolved');
  const bytes = placeholderImageBytes();
  const value: ImportedImage = {
    id,
    bytes,
    contentType: 'image/svg+xml',
    isPlaceholder: true,
    licence,
  };
  return { value, problem: problems[0] ?? 'image-missing' };
}

export function resolveSound(
  sound: ObfSound,
  id: string,
  readPath: ReadPath,
): Resolved<ImportedSound> {
  const problems: ImportWarningCode[] = [];
  for (const found of findBytes(sound, readPath, 'sound')) {
    if (typeof found === 'string') {
      problems.push(found);
      continue;
    }
    const contentType =
      sniffSoundType(found.bytes) ??
      (found.declared.startsWith('audio/') ? found.declared : undefined);
    if (contentType) {
      return {
        value: { id, bytes: found.bytes, contentType, licence: licenceFromObf(sound.license) },
      };
    }
    problems.push('sound-unsupported');
  }
  return { value: undefined, problem: problems[0] ?? 'sound-missing' };
}
