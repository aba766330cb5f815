/**
 * The conversation record and its parts, defined once for both readings of the record kit
 * (record-kit.ts). What a part is mended to is said here, next to its shape: lists to empty,
 * nullable choices to null, texts to empty, the step to Welcome. The id, the person it belongs
 * to and its status have no empty value: a conversation without them is set aside.
 */
import * as v from 'valibot';
import { RECORD_LIMITS as L, recordId as id, stampText, time, type RecordKit } from './record-kit';
import {
  BUBBLE_KINDS,
  COMMITMENTS,
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  EMPTY_WELCOME,
  FEELING_SIZES,
  GANGED_UP_ANSWERS,
  MEETING_AGREES,
  NEXT_TIME_PARTS,
  SHARE_ITEMS,
  SUPPORTS,
  TOGETHER_STEPS,
  WAYS,
} from './record-values';
import { TEXT_LIMITS as T } from './text-limits';

export function defineConversation(k: RecordKit) {
  /** Rows written before stamps have none. */
  const stamp = k.optional(stampText);
  /** Staff's words, capped where the app caps them (text-limits.ts). */
  const words = (max: number) => k.orEmpty(k.text(max), '');
  /** A local date (yyyy-mm-dd) or empty. */
  const day = k.orEmpty(k.text(L.id), '');

  /**
   * A speech or thought bubble on a puppet, as in comic-strip conversations: words typed by
   * staff and/or a feeling or phrase card.
   */
  const bubble = k.object({
    id,
    kind: v.picklist(BUBBLE_KINDS),
    text: words(T.bubble),
    cardId: k.orNull(id),
  });
  /** One picture placed in a story step. `id` is the placement, so one card can appear twice. */
  const placement = k.object({
    id,
    cardId: id,
    /** Speech and thought bubbles when the picture is acted out as a puppet; usually empty. */
    bubbles: k.list(bubble),
  });
  const frame = k.object({ id, caption: words(T.caption), placements: k.list(placement) });

  /** The individual's own choices on "Welcome"; `null` is "not chosen yet". */
  const welcome = k.object({
    /** Empty until chosen; while empty every tool is offered. */
    ways: k.list(v.picklist(WAYS)),
    isThirdPersonJoining: k.orNull(v.boolean()),
    isCalmFirst: k.orNull(v.boolean()),
  });

  /**
   * One feeling the individual had in a story step, and how big it was; a step holds as many as
   * they choose, in the order chosen. The feeling card is null only in a record from before
   * version 7 where a size, colour, drawing or sound was chosen without one.
   */
  const frameFeeling = k.object({
    /** Unique within the conversation (version 7 gave an older feeling its step's id). */
    id,
    frameId: id,
    cardId: k.orNull(id),
    size: k.orNull(v.picklist(FEELING_SIZES)),
    /** A colour that matches the feeling, as #rrggbb. */
    colour: k.orNull(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/))),
    /** A finger drawing, stored in the media table as stroke points (JSON). */
    drawingMediaId: k.orNull(id),
    /** One of the app's built-in sounds (lib/feeling-sounds), by id. */
    soundId: k.orNull(id),
  });

  /** "I felt … so I …": a feeling card linked with a behaviour picture from the story. */
  const feelingLink = k.object({ id, feelingCardId: id, behaviourCardId: id });

  /** Someone who was affected: the individual, a people picture, or someone named by staff. */
  const affectedWho = v.variant('kind', [
    k.object({ kind: v.literal('self') }),
    k.object({ kind: v.literal('card'), cardId: id }),
    k.object({ kind: v.literal('named'), name: words(T.affectedName) }),
  ]);
  const affectedPerson = k.object({
    id,
    who: affectedWho,
    /** How they might have felt: a feeling card, or null while not chosen. */
    feelingCardId: k.orNull(id),
  });

  /**
   * "When I feel angry, I can ask for a break": a chosen strategy (a strategy card or one of the
   * person's calming cards) tied to one of the feelings the individual had.
   */
  const strategyFeeling = k.object({ strategyId: id, feelingCardId: id });

  /** "Something good together": an activity (a card or one of the person's likes) and a day. */
  const positiveActivity = k.object({
    /** A card id (activities board) or the id of one of the person's likes. */
    activityId: id,
    plannedFor: day,
    /** When staff marked it as done, or null. */
    doneAt: k.orNull(time),
  });

  /** What staff prepare before a conversation. `staffNote` is staff-only: never shown in Together. */
  const preparation = k.object({
    /** Local date and time of the incident, as typed (yyyy-mm-ddThh:mm), or empty. */
    incidentAt: words(T.incidentAt),
    place: words(T.place),
    staffNote: words(T.staffNote),
    staff: words(T.staff),
    thirdPerson: words(T.thirdPerson),
    supports: k.list(v.picklist(SUPPORTS)),
    /**
     * Added in issue 13, optional so rows stored before stay valid: when (yyyy-mm-ddThh:mm) and
     * where the talk will be, and whether the person agreed to it (null or absent: not asked).
     */
    talkAt: k.optional(k.text(T.incidentAt)),
    talkPlace: k.optional(k.text(T.place)),
    isAgreed: k.optional(k.orNull(v.boolean())),
  });

  /**
   * A note staff added after the conversation finished: when, by whom (the staff name given when
   * unlocking) and what. The finished record itself never changes; these follow it.
   */
  const addition = k.object({
    id,
    at: time,
    actor: words(T.staffName),
    text: words(T.staffNotes),
  });

  /**
   * One answer in a talk with someone affected or a colleague's debrief: pictures they chose and
   * the words staff typed. Never shown on the individual's Together screens.
   */
  const answer = k.object({ cardIds: k.list(id), text: words(T.answer) });

  /**
   * One person's readiness for a meeting together: whether it could feel like being ganged up
   * against, whether they agree to meet, and when and by whom that was recorded.
   */
  const meetingPerson = k.object({
    gangedUp: k.orNull(v.picklist(GANGED_UP_ANSWERS)),
    agrees: k.orNull(v.picklist(MEETING_AGREES)),
    at: k.orNull(time),
    actor: words(T.staffName),
  });

  /** A meeting together: each person's readiness (by person id or involved id), what we agree. */
  const meeting = k.object({
    people: k.keyed(meetingPerson),
    /** Cards agreed together in the meeting (ways to make things right), in the order agreed. */
    agreed: k.list(id),
  });

  const conversation = k.object({
    id,
    personId: id,
    /** The incident it belongs to (indexed), or null: conversations from before version 8. */
    incidentId: k.orNull(id),
    /** Whose conversation it is within its incident (record-values.ts); before version 8: own. */
    kind: k.orEmpty(v.picklist(CONVERSATION_KINDS), 'own'),
    /** In a talk with someone affected or a debrief: who, by their entry on the incident. */
    withWho: k.orNull(id),
    /** Answers to the questions for those harmed, by question (HARMED_QUESTIONS). */
    answers: k.keyed(answer),
    status: v.picklist(CONVERSATION_STATUSES),
    step: k.orEmpty(v.picklist(TOGETHER_STEPS), 'welcome'),
    story: k.list(frame),
    preparation: k.orNull(preparation),
    /** Answers to "Are we ready?", by readiness item id. */
    readiness: k.keyed(v.picklist(['yes', 'not-yet'])),
    /** A postponed conversation's planned day. */
    rescheduledFor: day,
    /** True while the individual is on the Break screen, so a reload returns there. */
    isOnBreak: k.orEmpty(v.boolean(), false),
    startedAt: k.orNull(time),
    completedAt: k.orNull(time),
    welcome: k.orEmpty(welcome, EMPTY_WELCOME),
    feelings: k.list(frameFeeling),
    /** The story step open on "How did it feel?", so a reload returns to it; null: the first. */
    feelingsFrameId: k.orNull(id),
    links: k.list(feelingLink),
    affected: k.list(affectedPerson),
    /**
     * Added in issue 13, all optional so rows stored before stay valid (no new version): read
     * with a default where used (`?? []`, `?? null`, `?? false`).
     *
     * "Making things right": the repair cards the individual chose, in the order chosen.
     */
    repairs: k.optional(k.list(id)),
    /** "Not now" on "Making things right": a valid answer; set only while no repair is chosen. */
    isRepairNotNow: k.optional(v.boolean()),
    /** The story step marked "It started here", by frame id; null or absent: none marked. */
    startFrameId: k.optional(k.orNull(id)),
    /** "What did I need?": cards of the needs board, in the order chosen. */
    needs: k.optional(k.list(id)),
    /** The question open on "What can help next time?", so a reload returns to it. */
    nextTimePart: k.optional(v.picklist(NEXT_TIME_PARTS)),
    /** Chosen strategies: strategy card ids or ids of the person's calming cards. */
    strategies: k.list(id),
    /** Strategies tied to a feeling; at most one feeling per strategy. */
    strategyFeelings: k.optional(k.list(strategyFeeling)),
    commitments: k.list(v.picklist(COMMITMENTS)),
    /** What else staff will do differently, in their words. */
    commitmentNote: words(T.commitmentNote),
    positive: k.orNull(positiveActivity),
    /** Staff notes written after the session (summary page); staff-only. */
    staffNotes: words(T.staffNotes),
    /** Notes added once the conversation had finished, oldest first (absent before any). */
    additions: k.optional(k.list(addition)),
    /** The note being written to add, kept as it is typed until "Add note". */
    noteDraft: k.optional(words(T.staffNotes)),
    /**
     * What this conversation's person agreed to share in a meeting together, by item; absent
     * or empty: nothing (consent is asked, never assumed). May change after the talk finished.
     */
    shared: k.optional(k.list(v.picklist(SHARE_ITEMS))),
    /** A meeting together's own record (kind 'meeting' only). */
    meeting: k.optional(meeting),
    /** Bumped on every write; lets a write detect that another tab changed the record first. */
    revision: k.orEmpty(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
    createdAt: k.orEmpty(time, 0),
    updatedAt: k.orEmpty(time, 0),
    stamp,
  });

  return {
    bubble,
    placement,
    frame,
    welcome,
    frameFeeling,
    feelingLink,
    strategyFeeling,
    affectedWho,
    affectedPerson,
    positiveActivity,
    preparation,
    addition,
    answer,
    meetingPerson,
    meeting,
    conversation,
  };
}
