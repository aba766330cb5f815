/**
 * Boards written as an .obz that other AAC apps open: `manifest.json` at the root, one
 * `boards/<id>.obf` per board, one `images/<id>.<ext>` per picture and one `sounds/<id>.<ext>` per
 * recorded word (each shared one once),
 * format "open-board-0.1", string ids, colours as `rgb(r, g, b)`, and a `license` on every board
 * and picture (all rights reserved when none is given). Pictures are stored, not deflated again.
 */
import { zipSync, type Zippable } from 'fflate';
import { toObfColour } from './colour';
import { licenceToObf } from './licence';
import type { ExportBoard, ExportButton, ExportImage, ExportOptions } from './obf-types';
import { UniqueIds } from './unique-ids';

export const OBF_FORMAT = 'open-board-0.1';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
};
const SOUND_EXTENSIONS: Readonly<Record<string, string>> = {
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/webm': 'webm',
};
/** Zip dates start in 1980; a fixed one makes the same boards give the same bytes. */
const ZIP_DATE = new Date(1980, 0, 1);

const encodeJson = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 1));
/** An id as a file name: letters, digits, `.`, `_` and `-` only. */
const fileSafe = (id: string) => id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || '_';

interface WrittenImage {
  readonly path: string;
  readonly record: Record<string, unknown>;
}

/** Files for the package's pictures: each image id written once, the first picture given it. */
function writeImages(boards: readonly ExportBoard[], files: Zippable) {
  const written = new Map<string, WrittenImage>();
  const names = new UniqueIds();
  const add = (image: ExportImage) => {
    if (written.has(image.id)) return;
    const isSvg = 'svg' in image;
    const bytes = isSvg ? new TextEncoder().encode(image.svg) : image.bytes;
    const contentType = isSvg ? 'image/svg+xml' : image.contentType;
    const path = `images/${names.claim(fileSafe(image.id))}.${EXTENSIONS[contentType] ?? 'bin'}`;
    files[path] = [bytes, { level: isSvg ? 6 : 0 }];
    const record = {
      id: image.id,
      path,
      content_type: contentType,
      ...(image.width !== undefined ? { width: image.width } : {}),
      ...(image.height !== undefined ? { height: image.height } : {}),
      license: licenceToObf(image.licence),
    };
    written.set(image.id, { path, record });
  };
  for (const board of boards)
    for (const button of board.buttons) if (button.image) add(button.image);
  return written;
}

/** Files for the package's sounds, each sound id written once; their records by id. */
function writeSounds(boards: readonly ExportBoard[], files: Zippable) {
  const written = new Map<string, WrittenImage>();
  const names = new UniqueIds();
  for (const board of boards) {
    for (const { sound } of board.buttons) {
      if (!sound || written.has(sound.id)) continue;
      const type = sound.contentType.split(';')[0]?.trim() ?? '';
      const path = `sounds/${names.claim(fileSafe(sound.id))}.${SOUND_EXTENSIONS[type] ?? 'bin'}`;
      files[path] = [sound.bytes, { level: 0 }];
      const record = {
        id: sound.id,
        path,
        content_type: type,
        license: licenceToObf(sound.licence),
      };
      written.set(sound.id, { path, record });
    }
  }
  return written;
}

/**
 * The grid's order: each button in its cell. A button whose cell an earlier one took goes to the
 * next free cell once every other button has its own, so no button is lost or moves another.
 */
function gridOrder(board: ExportBoard) {
  const columns = Math.max(1, board.columns, ...board.buttons.map((b) => b.column + 1));
  const rows = Math.max(1, board.rows, ...board.buttons.map((b) => b.row + 1));
  const cells = new Array<string | null>(rows * columns).fill(null);
  const isFree = (at: number) => (cells[at] ?? null) === null;
  const wanted = board.buttons.map((b) => Math.max(0, b.row) * columns + Math.max(0, b.column));
  const displaced: number[] = [];
  board.buttons.forEach((button, i) => {
    const at = wanted[i] ?? 0;
    if (isFree(at)) cells[at] = button.id;
    else displaced.push(i);
  });
  for (const i of displaced) {
    let at = wanted[i] ?? 0;
    while (!isFree(at)) at += 1;
    cells[at] = board.buttons[i]?.id ?? null;
  }
  const order: (string | null)[][] = [];
  for (let at = 0; at < cells.length; at += columns) {
    const row = cells.slice(at, at + columns);
    order.push([...row, ...new Array<null>(columns - row.length).fill(null)]);
  }
  return { rows: order.length, columns, order };
}

interface Written {
  readonly images: ReadonlyMap<string, WrittenImage>;
  readonly sounds: ReadonlyMap<string, WrittenImage>;
  readonly boardPaths: ReadonlyMap<string, string>;
}

function buttonJson(button: ExportButton, { images, sounds, boardPaths }: Written) {
  const background = button.backgroundColor && toObfColour(button.backgroundColor);
  const border = button.borderColor && toObfColour(button.borderColor);
  const linkPath =
    button.loadBoardId === undefined ? undefined : boardPaths.get(button.loadBoardId);
  return {
    id: button.id,
    label: button.label,
    ...(button.vocalization !== undefined ? { vocalization: button.vocalization } : {}),
    ...(button.image && images.has(button.image.id) ? { image_id: button.image.id } : {}),
    ...(button.sound && sounds.has(button.sound.id) ? { sound_id: button.sound.id } : {}),
    ...(background ? { background_color: background } : {}),
    ...(border ? { border_color: border } : {}),
    ...(linkPath !== undefined ? { load_board: { id: button.loadBoardId, path: linkPath } } : {}),
  };
}

function boardJson(board: ExportBoard, written: Written) {
  const used = new Set(board.buttons.flatMap((b) => (b.image ? [b.image.id] : [])));
  const heard = new Set(board.buttons.flatMap((b) => (b.sound ? [b.sound.id] : [])));
  return {
    format: OBF_FORMAT,
    id: board.id,
    locale: board.locale,
    name: board.name,
    license: licenceToObf(board.licence),
    buttons: board.buttons.map((button) => buttonJson(button, written)),
    grid: gridOrder(board),
    images: [...used].flatMap((id) => written.images.get(id)?.record ?? []),
    sounds: [...heard].flatMap((id) => written.sounds.get(id)?.record ?? []),
  };
}

/** Each board and the file it is written to; of two boards with one id, the first. */
function boardFiles(boards: readonly ExportBoard[]) {
  const names = new UniqueIds();
  const byId = new Map<string, { board: ExportBoard; path: string }>();
  for (const board of boards) {
    if (byId.has(board.id)) continue;
    byId.set(board.id, { board, path: `boards/${names.claim(fileSafe(board.id))}.obf` });
  }
  return byId;
}

/** Writes boards as an .obz file; see obf.ts. */
export function exportBoards(
  boards: readonly ExportBoard[],
  options: ExportOptions = {},
): Uint8Array {
  const files: Zippable = {};
  const written = boardFiles(boards);
  const boardPaths = new Map([...written].map(([id, { path }]) => [id, path]));
  const images = writeImages(boards, files);
  const sounds = writeSounds(boards, files);
  for (const { board, path } of written.values()) {
    files[path] = encodeJson(boardJson(board, { images, sounds, boardPaths }));
  }
  const root = boardPaths.get(options.rootBoardId ?? '') ?? boardPaths.values().next().value;
  const manifest = {
    format: OBF_FORMAT,
    ...(root !== undefined ? { root } : {}),
    paths: {
      boards: Object.fromEntries(boardPaths),
      images: Object.fromEntries([...images].map(([id, image]) => [id, image.path])),
      sounds: Object.fromEntries([...sounds].map(([id, sound]) => [id, sound.path])),
    },
  };
  files['manifest.json'] = encodeJson(manifest);
  return zipSync(files, { level: 6, mtime: ZIP_DATE });
}
