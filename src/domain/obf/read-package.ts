/**
 * An .obz (or any zip of .obf files) opened for reading: which boards it holds and in what order,
 * and its files by path, inflated only when asked for. Junk that archivers add (`__MACOSX/`,
 * `._*`, `.DS_Store`, `Thumbs.db`, `desktop.ini`) is ignored without a word. With no
 * manifest.json the boards are found by their `.obf` ending; the root is the one named like a
 * root, or the first by path. A package zipped inside one folder is read from that folder.
 */
import { parseObfManifest } from './obf-schema';
import type { ImportWarning } from './obf-types';
import { refuse } from './refusal';
import { normaliseZipPath, readZipDirectory, readZipEntry, type ZipEntry } from './zip-read';

export interface ObfPackage {
  /** Paths of the .obf entries: the root first. */
  readonly boardPaths: readonly string[];
  /** An entry's bytes by its exact path; 'too-large' when it declares more than `maxBytes`. */
  readonly read: (path: string, maxBytes: number) => Uint8Array | 'too-large' | undefined;
  /** An entry a board refers to: from the package's folder, the zip's root or the board's folder. */
  readonly find: (path: string, fromBoard: string) => string | undefined;
}

const JUNK_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

function isJunk(path: string): boolean {
  const parts = path.split('/');
  const base = (parts.at(-1) ?? '').toLowerCase();
  return parts.includes('__MACOSX') || base.startsWith('._') || JUNK_NAMES.has(base);
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const isBoardPath = (path: string) => /\.obf$/i.test(path);
const byPath = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** `a/./b/../c` → `a/c`; undefined when it climbs out of the zip. */
function resolvePath(path: string): string | undefined {
  const out: string[] = [];
  for (const part of normaliseZipPath(path).split('/')) {
    if (part === '..') {
      if (out.pop() === undefined) return undefined;
    } else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

export function decodeJson(bytes: Uint8Array): unknown {
  const isUtf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const encoding = isUtf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8';
  try {
    return JSON.parse(new TextDecoder(encoding).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** The manifest's board paths, the root first, as paths of the zip. */
function manifestOrder(files: ReadonlyMap<string, ZipEntry>, bytes: Uint8Array) {
  const manifests = [...files.keys()]
    .filter((path) => /(^|\/)manifest\.json$/i.test(path))
    .sort((a, b) => a.split('/').length - b.split('/').length);
  const path = manifests[0];
  const entry = path === undefined ? undefined : files.get(path);
  if (path === undefined || !entry)
    return { found: false, isReadable: false, folder: '', paths: [] };
  const folder = folderOf(path);
  const manifest = parseObfManifest(decodeJson(readZipEntry(bytes, entry)));
  const named = [manifest?.root, ...Object.values(manifest?.paths?.boards ?? {})];
  const paths = named
    .filter((p): p is string => typeof p === 'string')
    .map((p) => resolvePath(folder + p))
    .filter((p): p is string => p !== undefined && files.has(p) && isBoardPath(p));
  return { found: true, isReadable: manifest !== undefined, folder, paths };
}

/** Opens a zip; refuses a broken one, a zip bomb, or one with no .obf inside. */
export function openPackage(bytes: Uint8Array, warnings: ImportWarning[]): ObfPackage {
  const files = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(bytes)) {
    if (!entry.name.endsWith('/') && !isJunk(entry.name)) files.set(entry.name, entry);
  }
  const boards = [...files.keys()].filter(isBoardPath).sort(byPath);
  if (boards.length === 0) refuse('no-boards');
  const manifest = manifestOrder(files, bytes);
  if (!manifest.found) warnings.push({ code: 'manifest-missing' });
  else if (!manifest.isReadable) warnings.push({ code: 'manifest-unreadable' });
  const namedRoot = boards.find((path) => /(^|\/)[^/]*root[^/]*\.obf$/i.test(path));
  const boardPaths = [
    ...new Set([...manifest.paths, ...(namedRoot ? [namedRoot] : []), ...boards]),
  ];
  const cache = new Map<string, Uint8Array>();
  // Pictures and sounds are often shared between boards: each is inflated once.
  const read = (path: string, maxBytes: number) => {
    const entry = files.get(path);
    if (!entry) return undefined;
    if (entry.size > maxBytes) return 'too-large' as const;
    const found = cache.get(path) ?? readZipEntry(bytes, entry);
    if (!isBoardPath(path)) cache.set(path, found);
    return found;
  };
  // Zips made on Windows may spell a name in another case than the board refers to it.
  const byLowerCase = new Map([...files.keys()].map((name) => [name.toLowerCase(), name]));
  const find = (path: string, fromBoard: string) => {
    const candidates = [manifest.folder + path, path, folderOf(fromBoard) + path]
      .map(resolvePath)
      .filter((candidate) => candidate !== undefined);
    return (
      candidates.find((candidate) => files.has(candidate)) ??
      candidates.map((candidate) => byLowerCase.get(candidate.toLowerCase())).find(Boolean)
    );
  };
  return { boardPaths, read, find };
}
