/**
 * Persisted values of the records (steps, statuses, kinds…) and the defaults their schemas mend
 * to (record-schemas.ts). Plain constants, imported by the schemas and re-exported by types.ts;
 * they import nothing, so the record types can be inferred from schemas that use them. Every
 * value here is stored: never rename one without a migration.
 */
/**
 * The defaults the record schemas mend to are plain constants (`as const`), not typed by the
 * records, whose types are inferred from those very schemas.
 */
export const DEFAULT_COMMUNICATION = {
  symbols: true,
  photos: true,
  readsText: false,
  speech: true,
} as const;

/**
 * How long single-switch scanning rests on each thing, in milliseconds; 0: no scanning. A person
 * with one switch (it presses Space or Enter) chooses what is highlighted as Together moves on.
 */
export const SWITCH_SCAN_SPEEDS = [0, 1000, 1500, 2000, 3000] as const;
export type SwitchScanSpeed = (typeof SWITCH_SCAN_SPEEDS)[number];

/**
 * The grammatical gender of the words said to and about a person, where a language has one
 * (Spanish "cansado"/"cansada", Polish "byłem"/"byłam", Arabic verb endings). Not set: the words
 * use both forms or neutral wording.
 */
export const GRAMMATICAL_GENDERS = ['feminine', 'masculine'] as const;
export type GrammaticalGender = (typeof GRAMMATICAL_GENDERS)[number];

/** Whose words a bubble holds and whether they were said aloud or only thought. */
export const BUBBLE_KINDS = ['i-said', 'i-thought', 'they-said', 'they-thought'] as const;
export type BubbleKind = (typeof BUBBLE_KINDS)[number];

/** What a card is for; stored on cards: never rename one. */
export const CARD_KINDS = ['symbol', 'feeling', 'strategy', 'phrase', 'repair', 'need'] as const;

/** The Together steps in order. Persisted in `Conversation.step`: never rename one. */
export const TOGETHER_STEPS = [
  'welcome',
  'what-happened',
  'how-did-it-feel',
  'who-was-affected',
  'making-things-right',
  // A talk with someone affected (issue 13): the restorative questions for those harmed.
  'harmed-thought',
  'harmed-impact',
  'harmed-hardest',
  'harmed-make-right',
  'what-can-help',
  'something-good',
  'finish',
] as const;
export type TogetherStep = (typeof TOGETHER_STEPS)[number];

/** How the individual wants to tell it, chosen with pictures on "Welcome". */
export const WAYS = ['pictures', 'photos', 'drawing', 'puppets', 'story'] as const;
export type Way = (typeof WAYS)[number];

export const EMPTY_WELCOME = {
  ways: [],
  isThirdPersonJoining: null,
  isCalmFirst: null,
} as const;

/**
 * Most feeling cards a person's profile puts first on "How did it feel?": few choices at a time,
 * each card big. Four to eight is the advice; the rest are one tap away ("More feelings").
 */
export const OWN_FEELINGS_MAX = 8;

/** How big a feeling was: 1 (a little) to 5 (very big). */
export const FEELING_SIZES = [1, 2, 3, 4, 5] as const;
export type FeelingSize = (typeof FEELING_SIZES)[number];

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

export const AUDIT_ACTIONS = ['created', 'changed', 'deleted', 'exported', 'restored'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_SUBJECTS = [
  'person',
  'conversation',
  'backup',
  'incident',
  'plan',
  'story',
] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];

/**
 * What a conversation is within its incident: the individual's own conversation, a talk with
 * someone affected (a person or a peer, in Together), a colleague's debrief (staff-only, no
 * Together), or the meeting together that comes later, when everyone is ready (a staff screen).
 */
export const CONVERSATION_KINDS = ['own', 'affected', 'debrief', 'meeting'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** The restorative questions for those harmed that have an answer of their own. */
export const HARMED_QUESTIONS = ['thought', 'impact', 'hardest', 'make-right'] as const;
export type HarmedQuestion = (typeof HARMED_QUESTIONS)[number];

/**
 * What a person said in their own talk that they may agree to share in a meeting together
 * (issue 13, point 3): their story, their feelings, each answer to the questions for those
 * harmed, and how the individual will make things right. Persisted: never rename one.
 */
export const SHARE_ITEMS = [
  'story',
  'feelings',
  'thought',
  'impact',
  'hardest',
  'make-right',
  'repairs',
] as const;
export type ShareItem = (typeof SHARE_ITEMS)[number];

/** "Could a meeting together feel like being ganged up against?" */
export const GANGED_UP_ANSWERS = ['yes', 'unsure', 'no'] as const;
export type GangedUpAnswer = (typeof GANGED_UP_ANSWERS)[number];

/** "Does … agree to meet together?": yes, not yet, or no (they would rather not take part). */
export const MEETING_AGREES = ['yes', 'not-yet', 'no'] as const;
export type MeetingAgrees = (typeof MEETING_AGREES)[number];

/**
 * The questions of "What can help next time?", asked one at a time: what I needed, what can
 * help, "When I feel …", and what staff will do differently. Persisted: never rename one.
 */
export const NEXT_TIME_PARTS = ['needs', 'strategies', 'ties', 'staff'] as const;
export type NextTimePart = (typeof NEXT_TIME_PARTS)[number];

/** Who was involved in an incident: a person with a profile, a peer without one, a colleague. */
export const INVOLVED_KINDS = ['person', 'peer', 'colleague'] as const;
export type InvolvedKind = (typeof INVOLVED_KINDS)[number];

/** Who was told about an incident (safeguarding, staff-only). */
export const TOLD_WHO = ['parents-carers', 'safeguarding-lead', 'other'] as const;
export type ToldWho = (typeof TOLD_WHO)[number];

/**
 * The sections of a support plan, after a positive behaviour support plan: about me, what can
 * upset me (triggers and settings), early signs, what helps me stay well (proactive support),
 * what helps when I am getting upset (early and de-escalation strategies), what helps after
 * (recovery and restorative support), and who the plan is shared with. Persisted.
 */
export const PLAN_SECTIONS = [
  'about',
  'triggers',
  'earlySigns',
  'proactive',
  'deescalation',
  'after',
  'sharedWith',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** How many coloured bands a service groups the plan's sections into. Persisted. */
export const PLAN_BAND_SCHEMES = ['three', 'four', 'six'] as const;
export type PlanBandScheme = (typeof PLAN_BAND_SCHEMES)[number];

/** The three versions of a plan to share: complete for staff, easy read, for family. */
export const PLAN_OUTPUTS = ['staff', 'easyRead', 'family'] as const;
export type PlanOutput = (typeof PLAN_OUTPUTS)[number];

/** Whom a plan was shared with or printed for. */
export const PLAN_AUDIENCES = ['staff', 'individual', 'family', 'service'] as const;
export type PlanAudience = (typeof PLAN_AUDIENCES)[number];

/** How it left the tablet: printed (or saved as PDF), shared, or saved as a file. */
export const PLAN_SHARE_WAYS = ['print', 'share', 'download'] as const;
export type PlanShareWay = (typeof PLAN_SHARE_WAYS)[number];

/**
 * A social story's parts (issue 12): after its title, an introduction, a body and a conclusion,
 * as the published criteria ask. Persisted.
 */
export const STORY_PARTS = ['introduction', 'body', 'conclusion'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

/**
 * What each sentence of a story does, as staff mark it (criteria 10.2): describing sentences
 * (descriptive, perspective, affirmative) and coaching ones (coaching the reader, coaching by
 * others, self-coaching). Persisted.
 */
export const SENTENCE_TYPES = [
  'descriptive',
  'perspective',
  'affirmative',
  'coaching',
  'coaching-others',
  'self-coaching',
] as const;
export type SentenceType = (typeof SENTENCE_TYPES)[number];

/**
 * The names older criteria gave the coaching sentences, still read wherever a type is read (a
 * backup, a template): directive, co-operative and control.
 */
export const OLDER_SENTENCE_TYPES = {
  directive: 'coaching',
  'co-operative': 'coaching-others',
  control: 'self-coaching',
} as const satisfies Record<string, SentenceType>;
export type OlderSentenceType = keyof typeof OLDER_SENTENCE_TYPES;

/** Whose voice a story is told in: "I" or the person's name. Persisted. */
export const STORY_VOICES = ['first', 'third'] as const;
export type StoryVoice = (typeof STORY_VOICES)[number];

/** The tense a story is told in. Persisted. */
export const STORY_TENSES = ['present', 'past', 'future'] as const;
export type StoryTense = (typeof STORY_TENSES)[number];

/** How a story prints: one page per sheet, or a folded booklet (two pages a side). */
export const STORY_PRINT_LAYOUTS = ['pages', 'booklet'] as const;
export type StoryPrintLayout = (typeof STORY_PRINT_LAYOUTS)[number];
