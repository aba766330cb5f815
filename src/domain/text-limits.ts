/**
 * The longest text the app keeps in each field it lets staff type, in UTF-16 units (the unit of
 * an input's `maxLength` and of `String.slice`). One list, read three ways: the inputs cap what
 * can be typed, the repositories cut what they store, and the record schemas (record-schemas.ts,
 * conversation-schema.ts) check stored records and backups against the same numbers, so a
 * backup cannot bring in a name longer than the People screen could ever store.
 *
 * Lowering a cap cuts longer stored texts at the next start (record-sweep.ts keeps a copy of
 * the record as it was): only ever lower one with that in mind.
 */
export const TEXT_LIMITS = {
  /** A person's name as shown. */
  personName: 80,
  /** The words on a like, strength or calming card of a profile. */
  profileCardText: 80,
  /** The staff name given when unlocking, kept in the activity log. */
  staffName: 80,
  /** The words of a catalogue card or board in one language (starter words are at most 80). */
  label: 80,
  /** A story step's caption: a short line, not a report. */
  caption: 200,
  /** The words in one speech or thought bubble. */
  bubble: 200,
  /** Someone affected, named by staff. */
  affectedName: 120,
  /** Preparation: when (yyyy-mm-ddThh:mm), where, a factual note, who, and a third person. */
  incidentAt: 16,
  place: 120,
  staffNote: 2000,
  staff: 200,
  thirdPerson: 120,
  /** What else staff will do differently. */
  commitmentNote: 1000,
  /** Staff notes after the session. */
  staffNotes: 4000,
  /** An incident: its factual note, a name of someone involved, the log reference, an injury. */
  incidentNote: 2000,
  involvedName: 120,
  logReference: 120,
  injury: 1000,
  toldOther: 200,
  /** A talk with someone affected: the words staff type for one answer. */
  answer: 2000,
  /** A support plan: the words of one item, and why a version was saved. */
  planItem: 300,
  planReason: 300,
  /** A social story: its title, one sentence, why a version was saved. */
  storyTitle: 120,
  storySentence: 400,
  storyReason: 300,
  /** A value a story's template was filled with (a name, a feeling, what started it…). */
  storyValue: 200,
} as const;
