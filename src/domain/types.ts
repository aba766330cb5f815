/**
 * The records Restory keeps, as plain data. Every record has a stable random id and an
 * updated-at time so that a future sync engine can merge tablets; personal text lives only in
 * fields that are never indexed (see storage/db.ts).
 */

/** Text per language, keyed by BCP-47 code ("en", "ar"…). English is the fallback. */
export type LocalizedText = Readonly<Record<string, string>>;

/** Where a picture comes from: a bundled OpenMoji symbol, or bytes stored in the media table. */
export type ImageSource =
  | { readonly kind: 'symbol'; readonly symbol: string }
  | { readonly kind: 'media'; readonly mediaId: string };

export interface Person {
  readonly id: string;
  readonly displayName: string;
  /** Language for the person's cards and speech; the staff UI language is separate. */
  readonly language: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export type CardKind = 'symbol' | 'feeling';
export type ContentOrigin = 'starter' | 'staff';

export interface Card {
  readonly id: string;
  readonly kind: CardKind;
  readonly boardId: string;
  readonly labels: LocalizedText;
  readonly image: ImageSource;
  readonly origin: ContentOrigin;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A board groups cards of one category; its order of cards never changes by itself. */
export interface Board {
  readonly id: string;
  readonly labels: LocalizedText;
  readonly colour: string;
  readonly order: number;
  readonly cardIds: readonly string[];
  readonly origin: ContentOrigin;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** One picture placed in a story step. `id` is the placement, so one card can appear twice. */
export interface Placement {
  readonly id: string;
  readonly cardId: string;
}

export interface Frame {
  readonly id: string;
  readonly caption: string;
  readonly placements: readonly Placement[];
}

export const TOGETHER_STEPS = ['what-happened'] as const;
export type TogetherStep = (typeof TOGETHER_STEPS)[number];

export type ConversationStatus = 'in-progress' | 'completed';

export interface Conversation {
  readonly id: string;
  readonly personId: string;
  readonly status: ConversationStatus;
  readonly step: TogetherStep;
  readonly story: readonly Frame[];
  /** Bumped on every write; lets a write detect that another tab changed the record first. */
  readonly revision: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Picture or sound bytes. Stored as bytes, not Blob: iPad Safari has broken stored Blobs. */
export interface Media {
  readonly id: string;
  readonly ownerId: string | null;
  readonly type: string;
  readonly bytes: Uint8Array;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** What a deletion leaves behind so other tablets learn of it: an id and a time, nothing personal. */
export interface Tombstone {
  readonly id: string;
  readonly table: string;
  readonly deletedAt: number;
}

export interface Setting {
  readonly key: string;
  readonly value: unknown;
}
