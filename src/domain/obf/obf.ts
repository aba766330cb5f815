/**
 * Open Board Format (OBF/OBZ) import and export, as pure functions: no storage, no network, no
 * DOM. The Library screen maps what they return to its own boards, cards and media.
 *
 *   importBoards(file: { name, bytes }, { onProgress?(done, total) }): Promise<ImportResult>
 *     Reads an .obf (JSON), .obz or .zip made by another AAC app. Never throws and never
 *     fetches anything. Returns either
 *       { ok: true, boards, warnings } — boards[0] is the root; every board has rows × columns
 *         with each button in its own cell; labels exactly as written; colours `#rrggbb`;
 *         pictures as checked bytes (a placeholder when the file's could not be used); links
 *         (`loadBoardId`) naming boards of the result; every licence filled (ALL_RIGHTS_RESERVED
 *         when the file had none). Each warning is a code and the board/button/image/sound ids
 *         it concerns, for the UI to word (IMPORT_WARNING_CODES).
 *       { ok: false, refusal } — nothing of the file is usable, the caller changes nothing
 *         (IMPORT_REFUSALS): not a board at all, too large, a broken zip, a zip bomb, a zip with
 *         no .obf, one picture or sound over its limit.
 *     onProgress is called with (0, total) once the boards are counted and after each board.
 *
 *   exportBoards(boards: ExportBoard[], { rootBoardId? }): Uint8Array
 *     Writes an .obz other apps open. Give each picture its licence (openMojiLicence(author)
 *     for OpenMoji symbols, the author's choice for own photos); none means all rights
 *     reserved. Export then import gives back the same boards, labels, cells and picture bytes.
 *
 * fflate is imported here: import this module lazily (`await import(...)`) from a screen, so
 * that it stays out of the first screen's bundle.
 */
export { exportBoards, OBF_FORMAT } from './export-boards';
export { importBoards } from './import-boards';
export { allRightsReserved, openMojiLicence } from './licence';
export {
  ALL_RIGHTS_RESERVED,
  IMAGE_TYPES,
  IMPORT_REFUSALS,
  IMPORT_WARNING_CODES,
  MAX_ENTRY_BYTES,
  MAX_FILE_BYTES,
  MAX_GRID_SIDE,
  MAX_IMAGE_BYTES,
  MAX_SOUND_BYTES,
  MAX_UNPACKED_BYTES,
  MAX_ZIP_ENTRIES,
} from './obf-types';
export type {
  ExportBoard,
  ExportButton,
  ExportImage,
  ExportOptions,
  ExportSound,
  ImageContentType,
  ImportedBoard,
  ImportedButton,
  ImportedImage,
  ImportedSound,
  ImportFile,
  ImportOptions,
  ImportRefusal,
  ImportResult,
  ImportWarning,
  ImportWarningCode,
  Licence,
} from './obf-types';
