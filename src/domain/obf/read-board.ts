/**
 * One parsed OBF board turned into an ImportedBoard: ids made unique, buttons laid out on the
 * grid, pictures and sounds resolved, colours normalised, licences filled. Links to other boards
 * are returned as written, to be resolved once every board of the package is read.
 */
import { isNoColour, parseColour } from './colour';
import { layOutButtons, type Cell, type LayoutButton } from './grid-layout';
import { licenceFromObf } from './licence';
import { resolveImage, resolveSound, type ReadPath, type Resolved } from './media';
import type { ObfBoard, ObfButton, ObfImage, ObfSound } from './obf-schema';
import type { ImportedBoard, ImportedButton, ImportWarning } from './obf-types';
import { UniqueIds } from './unique-ids';

export type Warn = (warning: ImportWarning) => void;

/** A button's `load_board` as written: the target's id and/or its path in the package. */
export interface BoardLink {
  readonly buttonId: string;
  readonly id?: string | undefined;
  readonly path?: string | undefined;
}

export interface DraftBoard {
  readonly board: ImportedBoard;
  readonly links: readonly BoardLink[];
}

export interface BoardPlace {
  /** The board's id in the import's result, already unique. */
  readonly boardId: string;
  /** Its name when the file gives none (the file's name). */
  readonly fallbackName: string;
  readonly readPath: ReadPath;
  readonly warn: Warn;
}

/** Media records by id, each resolved once however many buttons use it. */
function mediaLookup<R extends ObfImage | ObfSound, T>(
  records: readonly (R | null)[],
  resolve: (record: R, id: string) => Resolved<T>,
  onDuplicate: (id: string) => void,
  onProblem: (id: string, problem: NonNullable<Resolved<T>['problem']>) => void,
): (id: string) => { found: boolean; value: T | undefined } {
  const byId = new Map<string, R>();
  for (const record of records) {
    if (record?.id === undefined) continue;
    if (byId.has(record.id)) onDuplicate(record.id);
    else byId.set(record.id, record);
  }
  const resolved = new Map<string, T | undefined>();
  return (id) => {
    const record = byId.get(id);
    if (!record) return { found: false, value: undefined };
    if (!resolved.has(id)) {
      const { value, problem } = resolve(record, id);
      if (problem) onProblem(id, problem);
      resolved.set(id, value);
    }
    return { found: true, value: resolved.get(id) };
  };
}

function readColour(raw: string | undefined, onUnparseable: () => void): string | undefined {
  if (raw === undefined || isNoColour(raw)) return undefined;
  const colour = parseColour(raw);
  if (!colour) onUnparseable();
  return colour;
}

function positionOf(button: ObfButton): LayoutButton['position'] {
  const { top, left, width, height } = button;
  if (top === undefined || left === undefined || width === undefined || height === undefined) {
    return undefined;
  }
  return { top, left, width, height };
}

/**
 * Button ids made unique. The file's own ids are claimed first, so that a made-up id for a
 * button without one never takes an id the grid uses.
 */
function claimButtonIds(buttons: readonly ObfButton[], boardId: string, warn: Warn): string[] {
  const ids = new UniqueIds();
  const claimed = buttons.map((button) => (button.id === undefined ? '' : ids.claim(button.id)));
  return buttons.map((button, index) => {
    const claimedId = claimed[index] ?? '';
    if (button.id === undefined) {
      const made = ids.claim(`button-${index + 1}`);
      warn({ code: 'button-id-missing', boardId, buttonId: made });
      return made;
    }
    if (claimedId !== button.id)
      warn({ code: 'duplicate-button-id', boardId, buttonId: claimedId });
    return claimedId;
  });
}

/** The buttons laid out, with the layout's warnings told by the result's ids. */
function layOut(
  buttons: readonly ObfButton[],
  ids: readonly string[],
  obf: ObfBoard,
  place: BoardPlace,
) {
  const { boardId, warn } = place;
  const layout = layOutButtons(
    // A button without an id can be in no grid cell: no cell is named by a NUL-led text.
    buttons.map((b, i) => ({ sourceId: b.id ?? `\u0000${i}`, position: positionOf(b) })),
    obf.grid,
  );
  for (const warning of layout.warnings) {
    if (warning.code === 'button-not-in-grid') {
      warn({ code: warning.code, boardId, buttonId: ids[warning.index] ?? '' });
    } else if (warning.code === 'grid-cell-unmatched') {
      warn({ code: warning.code, boardId, buttonId: warning.sourceId });
    } else warn({ code: warning.code, boardId });
  }
  return layout;
}

/** The board's pictures and sounds by id, each resolved the first time a button asks. */
function boardMedia(obf: ObfBoard, { boardId, readPath, warn }: BoardPlace) {
  return {
    imageOf: mediaLookup(
      obf.images,
      (record: ObfImage, id) => resolveImage(record, id, readPath),
      (imageId) => warn({ code: 'duplicate-image-id', boardId, imageId }),
      (imageId, code) => warn({ code, boardId, imageId }),
    ),
    soundOf: mediaLookup(
      obf.sounds,
      (record: ObfSound, id) => resolveSound(record, id, readPath),
      () => undefined,
      (soundId, code) => warn({ code, boardId, soundId }),
    ),
  };
}

function readButton(
  button: ObfButton,
  where: { readonly boardId: string; readonly buttonId: string },
  cell: Cell,
  media: ReturnType<typeof boardMedia>,
  warn: Warn,
): ImportedButton {
  const colour = (raw: string | undefined) =>
    readColour(raw, () => warn({ code: 'colour-unparseable', ...where }));
  const { image_id: imageId, sound_id: soundId } = button;
  const image = imageId === undefined ? undefined : media.imageOf(imageId);
  if (image && !image.found) warn({ code: 'image-missing', ...where, imageId });
  const sound = soundId === undefined ? undefined : media.soundOf(soundId);
  if (sound && !sound.found) warn({ code: 'sound-missing', ...where, soundId });
  const backgroundColor = colour(button.background_color);
  const borderColor = colour(button.border_color);
  return {
    id: where.buttonId,
    label: button.label ?? '',
    ...(button.vocalization !== undefined ? { vocalization: button.vocalization } : {}),
    row: cell.row,
    column: cell.column,
    ...(backgroundColor ? { backgroundColor } : {}),
    ...(borderColor ? { borderColor } : {}),
    ...(image?.value ? { image: image.value } : {}),
    ...(sound?.value ? { sound: sound.value } : {}),
  };
}

export function readBoard(obf: ObfBoard, place: BoardPlace): DraftBoard {
  const { boardId, warn } = place;
  if (obf.format === undefined) warn({ code: 'format-missing', boardId });
  const buttons: ObfButton[] = [];
  for (const button of obf.buttons ?? []) {
    if (button) buttons.push(button);
    else warn({ code: 'button-unreadable', boardId });
  }
  if (buttons.length === 0) warn({ code: 'board-empty', boardId });
  const ids = claimButtonIds(buttons, boardId, warn);
  const layout = layOut(buttons, ids, obf, place);
  const media = boardMedia(obf, place);
  const links: BoardLink[] = [];
  const imported = buttons.map((button, index) => {
    const buttonId = ids[index] ?? '';
    const { id, path } = button.load_board ?? {};
    if (id !== undefined || path !== undefined) links.push({ buttonId, id, path });
    const cell = layout.cells[index] ?? { row: 0, column: 0 };
    return readButton(button, { boardId, buttonId }, cell, media, warn);
  });
  const board: ImportedBoard = {
    id: boardId,
    name: obf.name ?? place.fallbackName,
    ...(obf.locale !== undefined ? { locale: obf.locale } : {}),
    rows: layout.rows,
    columns: layout.columns,
    buttons: imported,
    licence: licenceFromObf(obf.license),
  };
  return { board, links };
}
