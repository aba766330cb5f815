/**
 * Applies the codec (codec.ts) to every read and write of every table, as a Dexie DBCore
 * middleware, so that no repository, hook, migration or backup can bypass it.
 *
 * It sits below all of Dexie's own middleware, closest to IndexedDB: in Dexie 4 the stack is built
 * from the lowest level up (cache of existing values −1, live-query cache and observability 0,
 * virtual indexes 1, the hooks API 2; a middleware without a level gets 10). So the creating and
 * updating hooks (stamp-hooks.ts) and liveQuery's change tracking see plain records, and only
 * IndexedDB sees the envelope. Keys, counts, deletes and ranges pass through unchanged.
 */
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { decodeRecord, encodeRecord, IDENTITY_CIPHER, type PayloadCipher } from './codec';

/** Below Dexie's lowest built-in middleware (−1), whatever is added between them later. */
export const CODEC_LEVEL = -10;

/** The top-level fields a primary key reads, so the key always stays in the envelope. */
function keyFields(keyPath: string | string[] | null): string[] {
  const paths = keyPath === null ? [] : Array.isArray(keyPath) ? keyPath : [keyPath];
  return paths.map((path) => path.split('.')[0] ?? path);
}

/**
 * A cursor whose value is the plain record. IDBCursor's getters refuse to run on another object,
 * so key and primary key are forwarded explicitly (as Dexie's virtual-index cursor does); the
 * rest (continue, start, stop…) is the underlying cursor's own.
 */
function decodingCursor(cursor: DBCoreCursor, decode: (row: unknown) => unknown): DBCoreCursor {
  let stored: unknown;
  let plain: unknown;
  let isRead = false;
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key },
    primaryKey: { get: (): unknown => cursor.primaryKey },
    value: {
      get: () => {
        const value: unknown = cursor.value;
        // One plain object per position, as IndexedDB gives one value per position.
        if (!isRead || value !== stored) [stored, plain, isRead] = [value, decode(value), true];
        return plain;
      },
    },
  }) as DBCoreCursor;
}

function codecTable(table: DBCoreTable, cipher: PayloadCipher): DBCoreTable {
  const key = keyFields(table.schema.primaryKey.keyPath);
  const where = (row: Record<string, unknown>) => ({
    table: table.name,
    key: key.map((field) => String(row[field])).join('/'),
  });
  // Each request names its transaction, so the cipher can find what was sealed for it.
  const decoder = (trans: unknown) => (row: unknown) => decodeRecord(row, cipher, where, trans);
  const encoder = (trans: unknown) => (row: unknown) =>
    encodeRecord(table.name, row, key, cipher, trans);
  return {
    ...table,
    get: (req) => table.get(req).then(decoder(req.trans)),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(decoder(req.trans))),
    query: (req) =>
      table
        .query(req)
        .then((res) => (req.values ? { ...res, result: res.result.map(decoder(req.trans)) } : res)),
    openCursor: (req) =>
      table
        .openCursor(req)
        .then((cursor) =>
          cursor && req.values ? decodingCursor(cursor, decoder(req.trans)) : cursor,
        ),
    mutate: (req) =>
      req.type === 'add' || req.type === 'put'
        ? table.mutate({ ...req, values: req.values.map(encoder(req.trans)) })
        : table.mutate(req),
  };
}

/** The codec as a middleware with a given cipher; `codecMiddleware` is today's, the identity. */
export function createCodecMiddleware(cipher: PayloadCipher): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'RestoryCodec',
    level: CODEC_LEVEL,
    create: (down) => {
      const tables = new Map<string, DBCoreTable>();
      return {
        ...down,
        table: (name) => {
          // Dexie's own stores ($meta) keep their layout.
          if (name.startsWith('$')) return down.table(name);
          let table = tables.get(name);
          if (!table) tables.set(name, (table = codecTable(down.table(name), cipher)));
          return table;
        },
      };
    },
  };
}

export const codecMiddleware = createCodecMiddleware(IDENTITY_CIPHER);
