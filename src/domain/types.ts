/**
 * The records Restory keeps, as plain data: their types are inferred from one valibot schema per
 * record (record-schemas.ts), with the persisted values and defaults they use (record-values.ts),
 * all re-exported here so that the rest of the app imports records from one place. Every
 * record has a stable random id and an updated-at time so that a future sync engine can merge
 * tablets; personal text lives only in fields that are never indexed (see storage/db.ts).
 */
import type { Preparation } from './record-schemas';
import { TEXT_LIMITS } from './text-limits';

export type {
  Addition,
  AffectedPerson,
  Answer,
  Incident,
  Involved,
  Safeguarding,
  AffectedWho,
  AuditEntry,
  Board,
  Bubble,
  Card,
  CardKind,
  Communication,
  ContentOrigin,
  Conversation,
  FeelingLink,
  Frame,
  FrameFeeling,
  ImageSource,
  LocalizedText,
  Media,
  Meeting,
  MeetingPerson,
  Person,
  Placement,
  PositiveActivity,
  Preparation,
  ProfileCard,
  ReadinessAnswer,
  Setting,
  StrategyFeeling,
  Tombstone,
  WelcomeChoices,
} from './record-schemas';

export {
  DEFAULT_COMMUNICATION,
  BUBBLE_KINDS,
  type BubbleKind,
  CARD_KINDS,
  TOGETHER_STEPS,
  type TogetherStep,
  WAYS,
  type Way,
  EMPTY_WELCOME,
  FEELING_SIZES,
  type FeelingSize,
  OWN_FEELINGS_MAX,
  COMMITMENTS,
  type Commitment,
  CONVERSATION_STATUSES,
  type ConversationStatus,
  SUPPORTS,
  type Support,
  AUDIT_ACTIONS,
  type AuditAction,
  AUDIT_SUBJECTS,
  type AuditSubject,
  CONVERSATION_KINDS,
  type ConversationKind,
  HARMED_QUESTIONS,
  type HarmedQuestion,
  INVOLVED_KINDS,
  type InvolvedKind,
  TOLD_WHO,
  type ToldWho,
  SHARE_ITEMS,
  type ShareItem,
  GANGED_UP_ANSWERS,
  type GangedUpAnswer,
  MEETING_AGREES,
  type MeetingAgrees,
  NEXT_TIME_PARTS,
  type NextTimePart,
} from './record-values';

/** Longest text kept per preparation field: short, factual notes, not reports. */
export const PREPARATION_LIMITS = {
  incidentAt: TEXT_LIMITS.incidentAt,
  place: TEXT_LIMITS.place,
  staffNote: TEXT_LIMITS.staffNote,
  staff: TEXT_LIMITS.staff,
  thirdPerson: TEXT_LIMITS.thirdPerson,
  talkAt: TEXT_LIMITS.incidentAt,
  talkPlace: TEXT_LIMITS.place,
} as const;

export const EMPTY_PREPARATION: Preparation = {
  incidentAt: '',
  place: '',
  staffNote: '',
  staff: '',
  thirdPerson: '',
  supports: [],
};
