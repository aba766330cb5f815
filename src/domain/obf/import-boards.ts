/**
 * The importer's steps: tell a zip from a JSON board, read every board of it with progress,
 * make board ids unique across the package, then point each link at the board it opens. Any
 * refusal, or anything unexpected, ends as `{ ok: false, refusal }`: nothing is half-returned.
 */
import type { ReadPath } from './media';
import { parseObfBoard } from './obf-schema';
import {
  MAX_ENTRY_BYTES,
  MAX_FILE_BYTES,
  type ImportedBoard,
  type ImportFile,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
} from './obf-types';
import { readBoard, type DraftBoard } from './read-board';
import { decodeJson, openPackage } from './read-package';
import { ObfRefusal, refuse } from './refusal';
import { UniqueIds } from './unique-ids';

/** One .obf to read: its path (or the file's name), its JSON, and how it finds media. */
interface BoardSource {
  readonly path: string;
  readonly json: () => unknown;
  readonly readPath: ReadPath;
  /** The entry a link's path names, from this board. */
  readonly find: (path: string) => string | undefined;
}

interface ReadBoard {
  readonly source: BoardSource;
  readonly sourceId: string | undefined;
  readonly draft: DraftBoard;
}

/** How long a run of work may hold the page before it lets it paint the progress. */
const SLICE_MS = 50;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
const nameOf = (path: string) => (path.split('/').at(-1) ?? path).replace(/\.[^.]*$/, '');

function zipSources(bytes: Uint8Array, warnings: ImportWarning[]): BoardSource[] {
  const zip = openPackage(bytes, warnings);
  return zip.boardPaths.map((path) => ({
    path,
    json: () => {
      const read = zip.read(path, MAX_ENTRY_BYTES);
      return read instanceof Uint8Array ? decodeJson(read) : undefined;
    },
    readPath: (mediaPath, maxBytes) => {
      const found = zip.find(mediaPath, path);
      return found === undefined ? undefined : zip.read(found, maxBytes);
    },
    find: (linkPath) => zip.find(linkPath, path),
  }));
}

function fileSource(file: ImportFile): BoardSource {
  if (file.bytes.length > MAX_ENTRY_BYTES) refuse('file-too-large');
  return {
    path: file.name,
    json: () => decodeJson(file.bytes),
    readPath: () => undefined,
    find: () => undefined,
  };
}

/** Sets each link's target to a board of the result, by the path it names, else by its id. */
function linkBoards(read: readonly ReadBoard[], warnings: ImportWarning[]): ImportedBoard[] {
  const byPath = new Map(read.map(({ source, draft }) => [source.path, draft.board.id]));
  const bySourceId = new Map<string, string>();
  for (const { sourceId, draft } of read) {
    if (sourceId !== undefined && !bySourceId.has(sourceId))
      bySourceId.set(sourceId, draft.board.id);
  }
  return read.map(({ source, draft }) => {
    const targets = new Map<string, string>();
    for (const link of draft.links) {
      const path = link.path === undefined ? undefined : source.find(link.path);
      const target =
        (path === undefined ? undefined : byPath.get(path)) ??
        (link.id === undefined ? undefined : bySourceId.get(link.id));
      if (target === undefined) {
        warnings.push({
          code: 'link-target-missing',
          boardId: draft.board.id,
          buttonId: link.buttonId,
        });
      } else targets.set(link.buttonId, target);
    }
    const buttons = draft.board.buttons.map((button) => {
      const loadBoardId = targets.get(button.id);
      return loadBoardId === undefined ? button : { ...button, loadBoardId };
    });
    return { ...draft.board, buttons };
  });
}

async function readAll(file: ImportFile, options: ImportOptions): Promise<ImportResult> {
  if (file.bytes.length > MAX_FILE_BYTES) refuse('file-too-large');
  const warnings: ImportWarning[] = [];
  const isPackage = isZip(file.bytes);
  const sources = isPackage ? zipSources(file.bytes, warnings) : [fileSource(file)];
  const ids = new UniqueIds();
  const read: ReadBoard[] = [];
  let sliceStart = Date.now();
  options.onProgress?.(0, sources.length);
  for (const [index, source] of sources.entries()) {
    const obf = parseObfBoard(source.json());
    if (!obf && !isPackage) refuse('not-a-board');
    if (!obf) {
      warnings.push({ code: 'board-unreadable', path: source.path });
    } else {
      const boardId = ids.claim(obf.id ?? nameOf(source.path));
      if (obf.id !== undefined && boardId !== obf.id) {
        warnings.push({ code: 'duplicate-board-id', boardId });
      }
      const place = { boardId, fallbackName: nameOf(source.path), readPath: source.readPath };
      const draft = readBoard(obf, { ...place, warn: (warning) => warnings.push(warning) });
      read.push({ source, sourceId: obf.id, draft });
    }
    options.onProgress?.(index + 1, sources.length);
    if (Date.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
  if (read.length === 0) refuse('not-a-board');
  return { ok: true, boards: linkBoards(read, warnings), warnings };
}

/**
 * Reads an .obf, .obz or .zip of boards from another AAC app. Never throws and never fetches:
 * see obf.ts for what it returns, warns about and refuses.
 */
export async function importBoards(
  file: ImportFile,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    return await readAll(file, options);
  } catch (error) {
    // A refusal says why; anything else (a file no rule foresaw) is still not a board we can use.
    return { ok: false, refusal: error instanceof ObfRefusal ? error.refusal : 'not-a-board' };
  }
}
