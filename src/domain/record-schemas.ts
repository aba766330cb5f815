/**
 * One valibot schema per stored record, and the record types inferred from them (re-exported
 * by types.ts): there is no second, hand-kept shape. Backups check their rows with these
 * (storage/backup/backup-schema.ts), and so does the check of records read from the database
 * (storage/record-check.ts), which mends a record by the MENDING reading of the same definition
 * or sets it aside. Field and table names are persisted: never rename one without a migration.
 */
import * as v from 'valibot';
import { defineConversation } from './conversation-schema';
import { defineIncident } from './incident-schema';
import { definePlan } from './plan-schema';
import { defineStory } from './story-schema';
import {
  MENDING,
  RECORD_LIMITS as L,
  recordId as id,
  stampText,
  STRICT,
  time,
  type DeepReadonly,
  type RecordKit,
} from './record-kit';
import { TEXT_LIMITS as T } from './text-limits';
import {
  AUDIT_ACTIONS,
  AUDIT_SUBJECTS,
  CARD_KINDS,
  DEFAULT_COMMUNICATION,
  GRAMMATICAL_GENDERS,
  OWN_FEELINGS_MAX,
  SWITCH_SCAN_SPEEDS,
} from './record-values';

function defineRecords(k: RecordKit) {
  /** Rows written before stamps have none. */
  const stamp = k.optional(stampText);
  const createdAt = k.orEmpty(time, 0);
  const updatedAt = k.orEmpty(time, 0);
  /** Text per language, keyed by BCP-47 code ("en", "ar"…). English is the fallback. */
  const localizedText = k.keyed(k.text(T.label));
  /** Staff-made unless shown otherwise: seeding never overwrites a staff card. */
  const origin = k.orEmpty(v.picklist(['starter', 'staff']), 'staff');

  /** Where a picture comes from: a bundled OpenMoji symbol, or bytes stored in the media table. */
  const imageSource = v.variant('kind', [
    k.object({ kind: v.literal('symbol'), symbol: k.text(L.id) }),
    k.object({ kind: v.literal('media'), mediaId: id }),
  ]);

  /** How a person communicates; it shapes what Together offers them. */
  const communication = k.object({
    symbols: k.orEmpty(v.boolean(), DEFAULT_COMMUNICATION.symbols),
    photos: k.orEmpty(v.boolean(), DEFAULT_COMMUNICATION.photos),
    readsText: k.orEmpty(v.boolean(), DEFAULT_COMMUNICATION.readsText),
    /** Whether labels are read aloud. */
    speech: k.orEmpty(v.boolean(), DEFAULT_COMMUNICATION.speech),
    /** Single-switch scanning in Together: ms per highlight; 0 or none: off. */
    switchScan: k.optional(v.picklist(SWITCH_SCAN_SPEEDS)),
  });

  /** A picture card with words on a profile: a like, a strength or something that calms. */
  const profileCard = k.object({
    id,
    text: k.orEmpty(k.text(T.profileCardText), ''),
    image: k.orNull(imageSource),
  });

  const person = k.object({
    id,
    displayName: k.orEmpty(k.text(T.personName), ''),
    /** Language for the person's cards and speech; the staff UI language is separate. */
    language: k.orEmpty(k.text(L.id), 'en'),
    /** Feminine or masculine words for them where the language has both; unset: both forms. */
    grammaticalGender: k.optional(v.picklist(GRAMMATICAL_GENDERS)),
    picture: k.orNull(imageSource),
    communication: k.orEmpty(communication, DEFAULT_COMMUNICATION),
    likes: k.list(profileCard),
    calming: k.list(profileCard),
    /**
     * Their own feeling cards, shown first on "How did it feel?" in this order (the rest wait
     * behind "More feelings"); empty: the first of the Feelings board.
     */
    feelings: k.list(id, OWN_FEELINGS_MAX),
    /** Set when archived: kept, but out of the People list. */
    archivedAt: k.orNull(time),
    createdAt,
    updatedAt,
    stamp,
  });

  /**
   * `strategy` cards are for "What can help next time?", `phrase` cards for speech bubbles,
   * `repair` cards for "Making things right", `need` cards for "What did I need?".
   */
  const card = k.object({
    id,
    kind: v.picklist(CARD_KINDS),
    boardId: id,
    labels: localizedText,
    /**
     * An action's words in the past tense per language, as they end "I felt angry so I …"
     * ("pushed"); only a card that has them is offered there. Built-in actions have them.
     */
    past: k.optional(localizedText),
    /** A strategy's words as they end "When I feel angry, I can …"; built-in strategies have them. */
    canDo: k.optional(localizedText),
    image: imageSource,
    /** A recording of the card's word (media id), played instead of a synthetic voice. */
    sound: k.optional(id),
    origin,
    createdAt,
    updatedAt,
    stamp,
  });

  /** A board groups cards of one category; its order of cards never changes by itself. */
  const board = k.object({
    id,
    labels: localizedText,
    colour: k.orEmpty(k.text(L.id), ''),
    order: k.orEmpty(time, 0),
    cardIds: k.list(id, L.cardsPerBoard),
    /** A personal board: shown only for this person (the Library and their Together). */
    personId: k.optional(id),
    origin,
    createdAt,
    updatedAt,
    stamp,
  });

  /**
   * Staff changes to one built-in card or board of the catalogue (domain/library.ts), by its id;
   * a field left out keeps the catalogue's.
   */
  const override = k.object({
    id,
    target: v.picklist(['card', 'board']),
    /** Words per language that replace the catalogue's in those languages. */
    labels: k.optional(localizedText),
    image: k.optional(imageSource),
    /** Card only: a recording of its word (media id), played instead of a synthetic voice. */
    sound: k.optional(id),
    /** Board only: its colour. */
    colour: k.optional(k.text(L.id)),
    hidden: k.optional(v.boolean()),
    /** Board only: the order of its cards; cards it does not list follow in catalogue order. */
    cardIds: k.optional(k.list(id, L.cardsPerBoard)),
    createdAt,
    updatedAt,
    stamp,
  });

  /**
   * Picture or sound bytes. Stored as bytes, not Blob: iPad Safari has broken stored Blobs. The
   * owner decides who erasing takes it with, so a wrong owner is not mended.
   */
  const media = k.object({
    id,
    ownerId: v.nullable(id),
    type: k.text(L.id),
    // Typed as any Uint8Array (the buffer kind is the browser's business).
    bytes: v.custom<Uint8Array>((input) => input instanceof Uint8Array),
    createdAt,
    updatedAt,
    stamp,
  });

  /** What a deletion leaves so other tablets learn of it: an id and a time, nothing personal. */
  const tombstone = k.object({ id, table: k.text(L.id), deletedAt: time, stamp });

  /** A setting's value is checked by its owner (backed-up-settings.ts for backups). */
  const setting = k.object({ key: id, value: v.unknown() });

  /**
   * One line of the audit log: who did what to which record, and when. It holds ids, never
   * names or notes, so erasing a person leaves nothing personal here.
   */
  const auditEntry = k.object({
    id,
    at: time,
    /** The staff name given when unlocking (or in Settings); empty when none was given. */
    actor: k.orEmpty(k.text(T.staffName), ''),
    action: v.picklist(AUDIT_ACTIONS),
    subject: v.picklist(AUDIT_SUBJECTS),
    /** The record it is about; null for a backup of everything, and after an erase. */
    recordId: k.orNull(id),
    /** Whose record it is, so the log can show their name; null after an erase. */
    personId: k.orNull(id),
  });

  return {
    imageSource,
    communication,
    profileCard,
    person,
    card,
    board,
    override,
    media,
    tombstone,
    setting,
    auditEntry,
    ...defineConversation(k),
    ...defineIncident(k),
    ...definePlan(k, imageSource),
    ...defineStory(k, imageSource),
  };
}

/** The shape every record must have. */
export const RECORD_SCHEMAS = defineRecords(STRICT);
/** What a record that failed RECORD_SCHEMAS is mended to (record-kit.ts says how). */
export const MENDING_SCHEMAS = defineRecords(MENDING);

type Out<K extends keyof typeof RECORD_SCHEMAS> = DeepReadonly<
  v.InferOutput<(typeof RECORD_SCHEMAS)[K]>
>;

export type ImageSource = Out<'imageSource'>;
export type Communication = Out<'communication'>;
export type ProfileCard = Out<'profileCard'>;
export type Person = Out<'person'>;
export type Card = Out<'card'>;
export type Board = Out<'board'>;
export type Override = Out<'override'>;
export type LocalizedText = Card['labels'];
export type CardKind = Card['kind'];
export type ContentOrigin = Card['origin'];
export type Media = Out<'media'>;
export type Tombstone = Out<'tombstone'>;
export type Setting = Out<'setting'>;
export type AuditEntry = Out<'auditEntry'>;
export type Bubble = Out<'bubble'>;
export type Placement = Out<'placement'>;
export type Frame = Out<'frame'>;
export type WelcomeChoices = Out<'welcome'>;
export type FrameFeeling = Out<'frameFeeling'>;
export type FeelingLink = Out<'feelingLink'>;
export type StrategyFeeling = Out<'strategyFeeling'>;
export type AffectedWho = Out<'affectedWho'>;
export type AffectedPerson = Out<'affectedPerson'>;
export type PositiveActivity = Out<'positiveActivity'>;
export type Preparation = Out<'preparation'>;
export type Addition = Out<'addition'>;
export type Conversation = Out<'conversation'>;
export type Answer = Out<'answer'>;
export type Meeting = Out<'meeting'>;
export type MeetingPerson = Out<'meetingPerson'>;
export type Involved = Out<'involved'>;
export type Safeguarding = Out<'safeguarding'>;
export type Incident = Out<'incident'>;
export type PlanItem = Out<'planItem'>;
export type PlanChange = Out<'planChange'>;
export type PlanVersion = Out<'planVersion'>;
export type PlanShared = Out<'planShared'>;
export type PlanBands = Out<'planBands'>;
export type Plan = Out<'plan'>;
export type StorySentence = Out<'storySentence'>;
export type StoryPage = Out<'storyPage'>;
export type StoryValue = Out<'storyValue'>;
export type StoryVersion = Out<'storyVersion'>;
export type Story = Out<'story'>;
export type ReadinessAnswer = Conversation['readiness'][string];
