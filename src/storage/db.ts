/**
 * The one Dexie database. Table and field names are persisted: never rename one without a new
 * version and a migration. Indexes hold ids, dates and statuses only — never personal text —
 * so that encryption at rest can later cover every personal field.
 */
import Dexie, { type EntityTable } from 'dexie';
import { upgradeToV2 } from './migrations/v2-profiles-and-preparation';
import { upgradeToV3 } from './migrations/v3-together-steps';
import { upgradeToV4 } from './migrations/v4-catalogue';
import { upgradeToV5 } from './migrations/v5-record-envelope';
import { upgradeToV7 } from './migrations/v7-feelings-per-step';
import { upgradeToV8 } from './migrations/v8-incidents';
import { createCodecMiddleware } from './codec-middleware';
import { recordCipher } from './record-cipher';
import type { Override } from '../domain/library';
import type { SetAsideEntry } from '../domain/record-check';
import type {
  AuditEntry,
  Board,
  Card,
  Conversation,
  Incident,
  Media,
  Person,
  Plan,
  Setting,
  Story,
  Tombstone,
} from '../domain/types';

export const DB_NAME = 'restory';

export class RestoryDb extends Dexie {
  people!: EntityTable<Person, 'id'>;
  cards!: EntityTable<Card, 'id'>;
  boards!: EntityTable<Board, 'id'>;
  conversations!: EntityTable<Conversation, 'id'>;
  media!: EntityTable<Media, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  overrides!: EntityTable<Override, 'id'>;
  setAside!: EntityTable<SetAsideEntry, 'id'>;
  incidents!: EntityTable<Incident, 'id'>;
  plans!: EntityTable<Plan, 'id'>;
  stories!: EntityTable<Story, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // How every row is laid out in IndexedDB (codec.ts). Part of the database, not of one
    // connection: a RestoryDb without it would misread envelope rows and write plain ones.
    this.use(createCodecMiddleware(recordCipher));
    // Version 1 (first release). Add new versions below; never edit one that has shipped.
    this.version(1).stores({
      people: 'id, updatedAt',
      cards: 'id, boardId, updatedAt',
      boards: 'id, order, updatedAt',
      conversations: 'id, personId, status, updatedAt',
      media: 'id, ownerId, updatedAt',
      settings: 'key',
      tombstones: 'id, deletedAt',
    });
    // Version 2: profile and preparation fields (no index changes).
    this.version(2).stores({}).upgrade(upgradeToV2);
    // Version 3: the rest of Together (welcome choices, feelings, bubbles…) and the audit log,
    // whose indexes hold ids and times only.
    this.version(3).stores({ audit: 'id, at, recordId' }).upgrade(upgradeToV3);
    // Version 4: built-in pictures come from the catalogue shipped with the app; the tablet keeps
    // only staff cards, boards and overrides of built-in ones (domain/library.ts).
    this.version(4).stores({ overrides: 'id, updatedAt' }).upgrade(upgradeToV4);
    // Version 5: every row in the codec's layout, its envelope fields and one payload (codec.ts);
    // no index changes.
    this.version(5).stores({}).upgrade(upgradeToV5);
    // Version 6: records the start-up check mended or could not read, kept whole on this tablet
    // (record-sweep.ts). Only the key is indexed: the table is small and read whole, and the
    // codec keeps nothing else of an unlisted table readable.
    this.version(6).stores({ setAside: 'id' });
    // Version 7: several feelings per story step, each with an id; the step open on "How did it
    // feel?"; a person's own feelings (no index changes).
    this.version(7).stores({}).upgrade(upgradeToV7);
    // Version 8: incidents, each joining its conversations (a conversation's incident is indexed,
    // as is an incident's person, so erasing them finds it); a conversation's kind, who a talk is
    // with and the answers of those harmed (no other index changes).
    this.version(8)
      .stores({
        incidents: 'id, personId, updatedAt',
        conversations: 'id, personId, status, updatedAt, incidentId',
      })
      .upgrade(upgradeToV8);
    // Version 9: support plans, one per person, each holding its versions and who it was shared
    // with (its person is indexed, so erasing them finds it). A new table: nothing to copy.
    this.version(9).stores({ plans: 'id, personId, updatedAt' });
    // Version 10: social stories, each holding its versions (its person is indexed, so erasing
    // them finds it, as is the conversation it was made from, so the summary finds it).
    this.version(10).stores({ stories: 'id, personId, conversationId, updatedAt' });
    // Version 11: personal boards (a board's person is indexed, so erasing them finds it, and
    // their board's cards with it). Existing boards are shared: nothing to copy.
    this.version(11).stores({ boards: 'id, order, updatedAt, personId' });
  }
}

export type TableName =
  | 'people'
  | 'cards'
  | 'boards'
  | 'overrides'
  | 'conversations'
  | 'media'
  | 'settings'
  | 'tombstones'
  | 'audit'
  | 'setAside'
  | 'incidents'
  | 'plans'
  | 'stories';
