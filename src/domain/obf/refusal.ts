/**
 * How the importer's steps refuse a file: they throw an ObfRefusal, and importBoards turns it
 * into `{ ok: false, refusal }` so that no error ever reaches the caller.
 */
import type { ImportRefusal } from './obf-types';

export class ObfRefusal extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal);
    this.name = 'ObfRefusal';
  }
}

export function refuse(refusal: ImportRefusal): never {
  throw new ObfRefusal(refusal);
}
