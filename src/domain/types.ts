/**
 * The records Restory keeps, as plain data. Every record has a stable random id and an
 * updated-at time so that a future sync engine can merge tablets; personal text lives only in
 * fields that are never indexed (see storage/db.ts).
 */
import type { Stamp } from './hlc';

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
  /** The change stamp (domain/hlc.ts), set by storage on every write; absent in old rows. */
  readonly stamp?: Stamp;
}

export const DEFAULT_COMMUNICATION: Communication = {
  symbols: true,
  photos: true,
  readsText: false,
  speech: true,
};

/** `strategy` cards are for "What can help next time?", `phrase` cards for speech bubbles. */
export type CardKind = 'symbol' | 'feeling' | 'strategy' | 'phrase';
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
  /** The change stamp (domain/hlc.ts), set by storage on every write; absent in old rows. */
  readonly stamp?: Stamp;
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
  /** The change stamp (domain/hlc.ts), set by storage on every write; absent in old rows. */
  readonly stamp?: Stamp;
}

/** Whose words a bubble holds and whether they were said aloud or only thought. */
export const BUBBLE_KINDS = ['i-said', 'i-thought', 'they-said', 'they-thought'] as const;
export type BubbleKind = (typeof BUBBLE_KINDS)[number];

/**
 * A speech or thought bubble on a puppet, as in comic-strip conversations: words typed by staff
 * and/or a feeling or phrase card.
 */
export interface Bubble {
  readonly id: string;
  readonly kind: BubbleKind;
  readonly text: string;
  readonly cardId: string | null;
}

/** One picture placed in a story step. `id` is the placement, so one card can appear twice. */
export interface Placement {
  readonly id: string;
  readonly cardId: string;
  /** Speech and thought bubbles when the picture is acted out as a puppet; usually empty. */
  readonly bubbles: readonly Bubble[];
}

export interface Frame {
  readonly id: string;
  readonly caption: string;
  readonly placements: readonly Placement[];
}

/** The Together steps in order. Persisted in `Conversation.step`: never rename one. */
export const TOGETHER_STEPS = [
  'welcome',
  'what-happened',
  'how-did-it-feel',
  'who-was-affected',
  'what-can-help',
  'something-good',
  'finish',
] as const;
export type TogetherStep = (typeof TOGETHER_STEPS)[number];

/** How the individual wants to tell it, chosen with pictures on "Welcome". */
export const WAYS = ['pictures', 'photos', 'drawing', 'puppets', 'story'] as const;
export type Way = (typeof WAYS)[number];

/** The individual's own choices on "Welcome"; `null` is "not chosen yet". */
export interface WelcomeChoices {
  /** Empty until chosen; while empty every tool is offered. */
  readonly ways: readonly Way[];
  readonly isThirdPersonJoining: boolean | null;
  readonly isCalmFirst: boolean | null;
}

export const EMPTY_WELCOME: WelcomeChoices = {
  ways: [],
  isThirdPersonJoining: null,
  isCalmFirst: null,
};

/** How big a feeling was: 1 (a little) to 5 (very big). */
export const FEELING_SIZES = [1, 2, 3, 4, 5] as const;
export type FeelingSize = (typeof FEELING_SIZES)[number];

/** What the individual felt in one story step. Everything but the step is optional. */
export interface FrameFeeling {
  readonly frameId: string;
  readonly cardId: string | null;
  readonly size: FeelingSize | null;
  /** A colour that matches the feeling, as #rrggbb. */
  readonly colour: string | null;
  /** A finger drawing, stored in the media table as stroke points (JSON). */
  readonly drawingMediaId: string | null;
  /** One of the app's built-in sounds (lib/feeling-sounds), by id. */
  readonly soundId: string | null;
}

/** "I felt … so I …": a feeling card linked with a behaviour picture from the story. */
export interface FeelingLink {
  readonly id: string;
  readonly feelingCardId: string;
  readonly behaviourCardId: string;
}

/** Someone who was affected: the individual, a people picture, or someone named by staff. */
export type AffectedWho =
  | { readonly kind: 'self' }
  | { readonly kind: 'card'; readonly cardId: string }
  | { readonly kind: 'named'; readonly name: string };

export interface AffectedPerson {
  readonly id: string;
  readonly who: AffectedWho;
  /** How they might have felt: a feeling card, or null while not chosen. */
  readonly feelingCardId: string | null;
}

/** What staff will do differently; the words live in the `nextTime` namespace. */
export const COMMITMENTS = [
  'warnBeforeChanges',
  'offerBreakSooner',
  'quieterPlace',
  'checkNeeds',
  'usePictures',
  'fewerWords',
  'listenFirst',
  'stayClose',
] as const;
export type Commitment = (typeof COMMITMENTS)[number];

/** "Something good together": an activity (a card or one of the person's likes) and a day. */
export interface PositiveActivity {
  /** A card id (activities board) or the id of one of the person's likes. */
  readonly activityId: string;
  /** Local date (yyyy-mm-dd) it is planned for, or empty when not chosen. */
  readonly plannedFor: string;
  /** When staff marked it as done, or null. */
  readonly doneAt: number | null;
}

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
  /** Schema v3: the rest of Together. */
  readonly welcome: WelcomeChoices;
  readonly feelings: readonly FrameFeeling[];
  readonly links: readonly FeelingLink[];
  readonly affected: readonly AffectedPerson[];
  /** Chosen strategies: strategy card ids or ids of the person's calming cards. */
  readonly strategies: readonly string[];
  readonly commitments: readonly Commitment[];
  /** What else staff will do differently, in their words. */
  readonly commitmentNote: string;
  readonly positive: PositiveActivity | null;
  /** Staff notes written after the session (summary page); staff-only. */
  readonly staffNotes: string;
  /** Bumped on every write; lets a write detect that another tab changed the record first. */
  readonly revision: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** The change stamp (domain/hlc.ts), set by storage on every write; absent in old rows. */
  readonly stamp?: Stamp;
}

/** Picture or sound bytes. Stored as bytes, not Blob: iPad Safari has broken stored Blobs. */
export interface Media {
  readonly id: string;
  readonly ownerId: string | null;
  readonly type: string;
  readonly bytes: Uint8Array;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** The change stamp (domain/hlc.ts), set by storage on every write; absent in old rows. */
  readonly stamp?: Stamp;
}

/** What a deletion leaves behind so other tablets learn of it: an id and a time, nothing personal. */
export interface Tombstone {
  readonly id: string;
  readonly table: string;
  readonly deletedAt: number;
  /** The change stamp of the deletion (domain/hlc.ts); absent in old tombstones. */
  readonly stamp?: Stamp;
}

export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

export const AUDIT_ACTIONS = ['created', 'changed', 'deleted', 'exported', 'restored'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_SUBJECTS = ['person', 'conversation', 'backup'] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];

/**
 * One line of the audit log: who did what to which record, and when. It holds ids, never names
 * or notes (the view looks the person up), so erasing a person leaves nothing personal here: the
 * erase clears the ids that point at them.
 */
export interface AuditEntry {
  readonly id: string;
  readonly at: number;
  /** The staff name given when unlocking (or in Settings); empty when none was given. */
  readonly actor: string;
  readonly action: AuditAction;
  readonly subject: AuditSubject;
  /** The record it is about; null for a backup of everything, and after an erase. */
  readonly recordId: string | null;
  /** Whose record it is, so the log can show their name; null after an erase. */
  readonly personId: string | null;
}
