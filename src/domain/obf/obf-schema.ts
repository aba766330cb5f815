/**
 * Lenient valibot schemas for what other AAC apps write: a field of the wrong kind reads as
 * missing instead of failing the board, numeric ids are cast to strings (the spec's advice),
 * and unknown keys, `ext_*` extensions included, are dropped. Only a value that is not an
 * object at all fails to parse.
 */
import * as v from 'valibot';

/** Text, or a number written as text: ids, and labels some apps write as bare numbers. */
const idText = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.finite())]),
  v.transform((id) => String(id)),
);
/** Missing, or of a kind we cannot use: undefined. */
const maybe = <const S extends v.GenericSchema>(schema: S) =>
  v.fallback(v.optional(schema), undefined);

const optionalId = maybe(idText);
const optionalText = maybe(v.string());
const optionalNumber = maybe(v.pipe(v.number(), v.finite()));
/** Entries of a list that are not objects become null, to be skipped, not to fail the list. */
const listOf = <const S extends v.GenericSchema>(item: S) =>
  v.fallback(v.array(v.fallback(v.nullable(item), null)), []);

const licence = maybe(
  v.object({
    type: optionalText,
    copyright_notice_url: optionalText,
    source_url: optionalText,
    author_name: optionalText,
    author_url: optionalText,
    author_email: optionalText,
  }),
);

const grid = v.object({
  rows: optionalNumber,
  columns: optionalNumber,
  /** Rows of button ids; a cell that is not an id is an empty cell. */
  order: maybe(v.array(v.fallback(v.array(v.fallback(v.nullable(idText), null)), []))),
});

const button = v.object({
  id: optionalId,
  label: maybe(idText),
  vocalization: optionalText,
  image_id: optionalId,
  sound_id: optionalId,
  background_color: optionalText,
  border_color: optionalText,
  load_board: maybe(v.object({ id: optionalId, path: optionalText })),
  top: optionalNumber,
  left: optionalNumber,
  width: optionalNumber,
  height: optionalNumber,
});

const media = {
  id: optionalId,
  data: optionalText,
  path: optionalText,
  url: optionalText,
  content_type: optionalText,
  license: licence,
};
const image = v.object({
  ...media,
  symbol: maybe(v.object({ set: optionalText, filename: optionalText })),
});
const sound = v.object(media);

export const obfBoardSchema = v.object({
  format: optionalText,
  id: optionalId,
  name: optionalText,
  locale: optionalText,
  license: licence,
  grid: maybe(grid),
  /** Undefined when the file has no list of buttons: then it must say it is a board. */
  buttons: maybe(v.array(v.fallback(v.nullable(button), null))),
  images: listOf(image),
  sounds: listOf(sound),
});

export const obfManifestSchema = v.object({
  root: optionalText,
  paths: maybe(v.object({ boards: maybe(v.record(v.string(), v.unknown())) })),
});

export type ObfBoard = v.InferOutput<typeof obfBoardSchema>;
export type ObfButton = NonNullable<NonNullable<ObfBoard['buttons']>[number]>;
export type ObfGrid = NonNullable<ObfBoard['grid']>;
export type ObfImage = NonNullable<ObfBoard['images'][number]>;
export type ObfSound = NonNullable<ObfBoard['sounds'][number]>;
export type ObfManifest = v.InferOutput<typeof obfManifestSchema>;

/** The board in a parsed JSON value, or undefined when the value is not an OBF board. */
export function parseObfBoard(json: unknown): ObfBoard | undefined {
  const parsed = v.safeParse(obfBoardSchema, json);
  if (!parsed.success) return undefined;
  const board = parsed.output;
  const saysItIsABoard = board.format?.startsWith('open-board-') ?? false;
  return board.buttons !== undefined || saysItIsABoard ? board : undefined;
}

export function parseObfManifest(json: unknown): ObfManifest | undefined {
  const parsed = v.safeParse(obfManifestSchema, json);
  return parsed.success ? parsed.output : undefined;
}
