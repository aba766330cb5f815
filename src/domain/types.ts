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

/** How a person communicates; it shapes what Together offers them. */
export interface Communication {
  readonly symbols: boolean;
  readonly photos: boolean;
  readonly readsText: boolean;
  /** Whether labels are read aloud. */
  readonly speech: boolean;
}

/** A picture card with words on a profile: a like, a strength or something that calms. */
export interface ProfileCard {
  readonly id: string;
  readonly text: string;
  readonly image: ImageSource | null;
}

export interface Person {
  readonly id: string;
  readonly displayName: string;
  /** Language for the person's cards and speech; the staff UI language is separate. */
  readonly language: string;
  readonly picture: ImageSource | null;
  readonly communication: Communication;
  readonly likes: readonly ProfileCard[];
  readonly calming: readonly ProfileCard[];
  /** Set when archived: kept, but out of the People list. */
  readonly archivedAt: number | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export const DEFAULT_COMMUNICATION: Communication = {
  symbols: true,
  photos: true,
  readsText: false,
  speech: true,
};

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

export const CONVERSATION_STATUSES = ['planned', 'postponed', 'in-progress', 'completed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const SUPPORTS = [
  'pictures',
  'photos',
  'puppets',
  'art',
  'music',
  'social-story',
  'sensory',
] as const;
export type Support = (typeof SUPPORTS)[number];

/** What staff prepare before a conversation. `staffNote` is staff-only: never shown in Together. */
export interface Preparation {
  /** Local date and time of the incident, as typed (yyyy-mm-ddThh:mm), or empty. */
  readonly incidentAt: string;
  readonly place: string;
  readonly staffNote: string;
  readonly staff: string;
  readonly thirdPerson: string;
  readonly supports: readonly Support[];
}

/** Longest text kept per preparation field: short, factual notes, not reports. */
export const PREPARATION_LIMITS = {
  incidentAt: 16,
  place: 120,
  staffNote: 2000,
  staff: 200,
  thirdPerson: 120,
} as const;

export const EMPTY_PREPARATION: Preparation = {
  incidentAt: '',
  place: '',
  staffNote: '',
  staff: '',
  thirdPerson: '',
  supports: [],
};

export type ReadinessAnswer = 'yes' | 'not-yet';

export interface Conversation {
  readonly id: string;
  readonly personId: string;
  readonly status: ConversationStatus;
  readonly step: TogetherStep;
  readonly story: readonly Frame[];
  readonly preparation: Preparation | null;
  /** Answers to "Are we ready?", by readiness item id. */
  readonly readiness: Readonly<Record<string, ReadinessAnswer>>;
  /** Local date (yyyy-mm-dd) a postponed conversation is planned for, or empty. */
  readonly rescheduledFor: string;
  /** True while the individual is on the Break screen, so a reload returns there. */
  readonly isOnBreak: boolean;
  readonly startedAt: number | null;
  readonly completedAt: number | null;
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
