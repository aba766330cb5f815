/**
 * The shapes the Open Board Format importer returns and the exporter takes, and the limits an
 * import keeps to. They are plain and app-independent: the Library screen maps them to its own
 * boards and cards. See obf.ts for the API.
 */

const MB = 1024 * 1024;

/** A single picture larger than this refuses the whole import ('image-too-large'). */
export const MAX_IMAGE_BYTES = 10 * MB;
/** A single sound larger than this refuses the whole import ('sound-too-large'). */
export const MAX_SOUND_BYTES = 10 * MB;
/** The file handed to the importer ('file-too-large'). */
export const MAX_FILE_BYTES = 128 * MB;
/** A bare .obf, and any one zip entry once unpacked (a larger zip entry is 'zip-bomb'). */
export const MAX_ENTRY_BYTES = 32 * MB;
/** Every entry of a zip together, once unpacked, as its central directory declares. */
export const MAX_UNPACKED_BYTES = 256 * MB;
/** Entries in one zip, junk (`__MACOSX/`…) included. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Rows or columns a grid may declare; cells past it are treated as not on the grid. */
export const MAX_GRID_SIDE = 100;

/** The licence type of anything the file gave no licence for (the spec: assume private). */
export const ALL_RIGHTS_RESERVED = 'all-rights-reserved';

/** An OBF `license` object, camel-cased. `type` is free text ("CC BY-SA 4.0", "CC-By"…). */
export interface Licence {
  readonly type: string;
  readonly copyrightNoticeUrl?: string;
  readonly sourceUrl?: string;
  readonly authorName?: string;
  readonly authorUrl?: string;
  readonly authorEmail?: string;
}

/** The picture types an import keeps; anything else becomes the placeholder. */
export const IMAGE_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/svg+xml',
] as const;
export type ImageContentType = (typeof IMAGE_TYPES)[number];

export interface ImportedImage {
  /** The image's id in the file it came from. */
  readonly id: string;
  /** Checked by their first bytes, not trusted from the file. SVG: show only as an <img>. */
  readonly bytes: Uint8Array;
  readonly contentType: ImageContentType;
  /** The file's picture could not be used (web address, symbol set, WMF…): `bytes` is ours. */
  readonly isPlaceholder: boolean;
  readonly licence: Licence;
}

export interface ImportedSound {
  readonly id: string;
  readonly bytes: Uint8Array;
  /** An `audio/…` type. */
  readonly contentType: string;
  readonly licence: Licence;
}

export interface ImportedButton {
  /** Unique within its board (renamed when the file repeated one). */
  readonly id: string;
  /** Exactly as written in the file, in any script; '' when it had none. */
  readonly label: string;
  readonly vocalization?: string;
  /** Zero-based cell on the board's grid; no two buttons share one. */
  readonly row: number;
  readonly column: number;
  /** `#rrggbb`; a translucent colour is blended onto white. */
  readonly backgroundColor?: string;
  readonly borderColor?: string;
  readonly image?: ImportedImage;
  readonly sound?: ImportedSound;
  /** The id of the board (in this import's result) that the button opens. */
  readonly loadBoardId?: string;
}

export interface ImportedBoard {
  /** Unique within the import (renamed when the package repeated one). */
  readonly id: string;
  readonly name: string;
  readonly locale?: string;
  /** At least 1 each; every button lies inside. */
  readonly rows: number;
  readonly columns: number;
  readonly buttons: readonly ImportedButton[];
  readonly licence: Licence;
}

/** What an import mended or left out, for the UI to word. The ids are the result's ids. */
export const IMPORT_WARNING_CODES = [
  'manifest-missing',
  'manifest-unreadable',
  'board-unreadable',
  'format-missing',
  'board-empty',
  'duplicate-board-id',
  'button-unreadable',
  'button-id-missing',
  'duplicate-button-id',
  'duplicate-image-id',
  'grid-missing',
  'grid-from-positions',
  'grid-order-mismatch',
  'grid-cell-unmatched',
  'button-not-in-grid',
  'colour-unparseable',
  'link-target-missing',
  'image-missing',
  'image-unreadable',
  'image-unsupported',
  'image-url-not-fetched',
  'image-symbol-unresolved',
  'sound-missing',
  'sound-unreadable',
  'sound-unsupported',
  'sound-url-not-fetched',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

export interface ImportWarning {
  readonly code: ImportWarningCode;
  readonly boardId?: string;
  readonly buttonId?: string;
  readonly imageId?: string;
  readonly soundId?: string;
  /** The zip entry concerned (an unreadable board), when there is no board id. */
  readonly path?: string;
}

/** Why a file was refused as a whole: nothing of it is returned. */
export const IMPORT_REFUSALS = [
  'not-a-board',
  'file-too-large',
  'broken-zip',
  'zip-bomb',
  'no-boards',
  'image-too-large',
  'sound-too-large',
] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];

export type ImportResult =
  | {
      readonly ok: true;
      /** The root board first, then the others in the package's order. */
      readonly boards: readonly ImportedBoard[];
      readonly warnings: readonly ImportWarning[];
    }
  | { readonly ok: false; readonly refusal: ImportRefusal };

export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportOptions {
  /** Called as boards are read: `done` of `total` boards. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A picture to export: bytes and their type, or SVG text. Its id names one picture. */
export type ExportImage = {
  readonly id: string;
  readonly width?: number;
  readonly height?: number;
  /** Written as the image's `license`; none means all rights reserved. */
  readonly licence?: Licence;
} & ({ readonly bytes: Uint8Array; readonly contentType: string } | { readonly svg: string });

export interface ExportSound {
  readonly id: string;
  readonly bytes: Uint8Array;
  /** An `audio/…` type. */
  readonly contentType: string;
  /** Written as the sound's `license`; none means all rights reserved. */
  readonly licence?: Licence;
}

export interface ExportButton {
  readonly id: string;
  readonly label: string;
  readonly vocalization?: string;
  /** Zero-based cell on the board's grid. */
  readonly row: number;
  readonly column: number;
  /** Any colour the importer reads (`#rrggbb`, `rgb(…)`); written as `rgb(r, g, b)`. */
  readonly backgroundColor?: string;
  readonly borderColor?: string;
  readonly image?: ExportImage;
  /** The button's recorded words. */
  readonly sound?: ExportSound;
  /** The id of another exported board that the button opens; dropped if it is not exported. */
  readonly loadBoardId?: string;
}

export interface ExportBoard {
  readonly id: string;
  readonly name: string;
  /** BCP-47, e.g. "en", "ar". */
  readonly locale: string;
  readonly rows: number;
  readonly columns: number;
  readonly buttons: readonly ExportButton[];
  readonly licence?: Licence;
}

export interface ExportOptions {
  /** The board other apps open first; the first board when not given. */
  readonly rootBoardId?: string;
}
