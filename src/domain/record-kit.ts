/**
 * The building blocks of the record schemas (record-schemas.ts), in two readings of one
 * definition:
 *
 * - STRICT, the shape a record must have: unknown keys, wrong types, oversized lists and texts
 *   are refused. Backups are checked with it, and so is every record read from the database.
 * - MENDING, what a record that failed is mended to: a field with an empty value (a list, a text,
 *   a nullable field, a flag…) gets it when it is missing or wrong, a text or list that is too
 *   long is cut to its limit, and a list item that cannot be mended is left out. A field with no
 *   empty value (an id, the person a conversation belongs to, what a record is) cannot be
 *   mended, and neither can a field this version does not know (the record may be newer, or
 *   half-decoded): the whole record is set aside.
 *
 * Both give the same output type, so the record types are inferred once, from STRICT, and made
 * read-only all through by `DeepReadonly` (in the types only: valibot's `readonly()` action does
 * nothing at run time but costs a third of the check's time).
 */
import * as v from 'valibot';

/**
 * The caps of a record's lists and ids, far above what a tablet holds, so a real record always
 * fits. Texts staff type are capped per field where the app caps them (text-limits.ts).
 */
export const RECORD_LIMITS = {
  listItems: 1_000,
  cardsPerBoard: 100_000,
  id: 200,
} as const;

const L = RECORD_LIMITS;

const isPlainObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

const key = v.pipe(v.string(), v.maxLength(L.id));

/** A record's id, or an id a record points at. */
export const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(L.id));
/** A time in milliseconds. */
export const time = v.pipe(v.number(), v.finite());
/** A change stamp (domain/hlc.ts). */
export const stampText = v.pipe(
  v.string(),
  v.regex(/^[0-9a-z]{10}-[0-9a-z]{4}-[0-9A-Za-z-]{1,64}$/),
);

const STRICT_KIT = {
  /** A record or a part of one. */
  object: <const E extends v.ObjectEntries>(entries: E) => v.strictObject(entries),
  text: (max: number) => v.pipe(v.string(), v.maxLength(max)),
  list: <const T extends v.GenericSchema>(item: T, max: number = L.listItems) =>
    v.pipe(v.array(item), v.maxLength(max)),
  /** Values by a short key (words per language, answers per item). */
  keyed: <const T extends v.GenericSchema>(value: T) =>
    v.pipe(
      // valibot's record() lets a list through as an object: refuse lists first.
      v.custom<Record<string, unknown>>(isPlainObject),
      v.record(key, value),
      v.check((o) => Object.keys(o).length <= L.listItems),
    ),
  orEmpty: <const S extends v.GenericSchema>(schema: S) => schema,
  /** A nullable field: mended to null when it is missing or wrong. */
  orNull: <const S extends v.GenericSchema>(schema: S) => v.nullable(schema),
  /** An optional field: left out when it is wrong. */
  optional: <const S extends v.GenericSchema>(schema: S) => v.optional(schema),
};

/** A record type as the app holds it: nothing in it can be changed in place. */
export type DeepReadonly<T> = T extends Uint8Array
  ? T
  : T extends readonly (infer I)[]
    ? readonly DeepReadonly<I>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

export interface RecordKit extends Omit<typeof STRICT_KIT, 'orEmpty'> {
  /** A field that is mended to `empty` when it is missing or wrong. */
  orEmpty<const S extends v.GenericSchema>(
    schema: S,
    empty: NoInfer<DeepReadonly<v.InferOutput<S>>>,
  ): S;
}
export const STRICT: RecordKit = STRICT_KIT;

/** Cuts a text to `max` UTF-16 units without leaving half a character at the end. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** The items of `items` that `item` accepts (mended), at most `max`. */
function keepReadable<T extends v.GenericSchema>(item: T, items: unknown[], max: number) {
  const kept: v.InferOutput<T>[] = [];
  for (const input of items) {
    if (kept.length === max) break;
    const result = v.safeParse(item, input);
    if (result.success) kept.push(result.output);
  }
  return kept;
}

/**
 * The mending reading. Each builder accepts more than its strict twin and gives the same output
 * type; the casts say so (valibot types a schema by its structure, which differs).
 */
export const MENDING: RecordKit = {
  // Unknown keys are kept, so the strict check after mending refuses them (see the header).
  object: (entries) => v.looseObject(entries) as never,
  text: (max) =>
    v.pipe(
      v.string(),
      v.transform((text) => cut(text, max)),
    ) as never,
  list: (item, max) =>
    v.pipe(
      v.fallback(v.array(v.unknown()), []),
      v.transform((items) => keepReadable(item, items, max ?? L.listItems)),
    ) as never,
  keyed: (value) =>
    v.pipe(
      v.fallback(v.custom<Record<string, unknown>>(isPlainObject), {}),
      v.transform((input) => {
        const entries = Object.entries(input).filter(([name]) => v.is(key, name));
        const kept = keepReadable(v.tuple([key, value]), entries, L.listItems);
        return Object.fromEntries(kept);
      }),
    ) as never,
  orEmpty: (schema, empty) => v.fallback(schema, empty as never),
  orNull: (schema) => v.fallback(v.nullable(schema), null),
  optional: (schema) => v.fallback(v.optional(schema), undefined),
};
