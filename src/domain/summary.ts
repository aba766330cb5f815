/**
 * The record of one finished (or unfinished) Together session, with every id resolved to words
 * in the person's language. The staff summary page shows it, and the support-plan and
 * social-story features will read it, so its names say what things are. The domain has no i18n:
 * a card that is no longer in the library keeps its id, gets `label: null` and `isMissing: true`,
 * and the view says so in the staff's words.
 */
import {
  canDoLabelFor,
  genderedLabel,
  labelFor,
  pastLabelFor,
  type GenderedWordsOfCard,
} from './labels';
import { READINESS_ITEMS, type ReadinessItem } from './readiness';
import { isRepairNotNow, needsOf, repairsOf, startFrameIn, tiesOfChosen } from './together-plan';
import {
  COMMITMENTS,
  type AffectedWho,
  type BubbleKind,
  type Card,
  type Commitment,
  type Conversation,
  type ConversationStatus,
  type FeelingSize,
  type Frame,
  type GrammaticalGender,
  type Person,
  type ReadinessAnswer,
  type Support,
  type Way,
} from './types';

/** A card by id and its word; `label` is null only when the card is gone from the library. */
export interface NamedCard {
  readonly cardId: string;
  readonly label: string | null;
  readonly isMissing: boolean;
}

export interface SummaryBubble {
  readonly kind: BubbleKind;
  /** The puppet (placed picture) the words belong to. */
  readonly puppet: NamedCard;
  /** The typed words, else the card's word; null when neither is there. */
  readonly words: string | null;
  /** The feeling or phrase card in the bubble, if any. */
  readonly card: NamedCard | null;
}

export interface SummaryFeeling {
  readonly id: string;
  /** The feeling card, or null when only a size, colour, drawing or sound was chosen. */
  readonly card: NamedCard | null;
  readonly size: FeelingSize | null;
  readonly colour: string | null;
  readonly hasDrawing: boolean;
  /** The drawing's media record, to show the drawing itself. */
  readonly drawingMediaId: string | null;
  readonly soundId: string | null;
}

export interface SummaryStep {
  /** 1-based, in story order. */
  readonly number: number;
  readonly frameId: string;
  readonly caption: string;
  readonly pictures: readonly NamedCard[];
  readonly bubbles: readonly SummaryBubble[];
  /** How it felt, in the order chosen; a feeling with nothing chosen is left out. */
  readonly feelings: readonly SummaryFeeling[];
  /** Marked "It started here" (the trigger); one step at most. */
  readonly isStart: boolean;
}

/** "When I feel angry, I can ask for a break": a chosen strategy tied to a feeling. */
export interface SummaryStrategyFeeling {
  readonly strategy: SummaryStrategy;
  readonly feeling: NamedCard;
  /**
   * The strategy's words as they end "When I feel angry, I can …" ("go to a quiet space"); null
   * when it has none (one of the person's calming cards): then "… music can help".
   */
  readonly canDo: string | null;
}

/** "I felt … so I …". */
export interface SummaryLink {
  readonly id: string;
  readonly feeling: NamedCard;
  readonly behaviour: NamedCard;
  /**
   * What the person did, in the past tense ("pushed"), when the behaviour card has words for it
   * in this language; null for a link an older version made with a place or a thing.
   */
  readonly did: string | null;
}

export interface SummaryAffected {
  readonly id: string;
  readonly kind: AffectedWho['kind'];
  /** The person's name, the card's word, or the name staff typed; null for a missing card. */
  readonly who: string | null;
  readonly whoCardId: string | null;
  readonly isMissing: boolean;
  readonly feeling: NamedCard | null;
}

export interface SummaryStrategy {
  readonly id: string;
  /** A strategy card, one of the person's calming cards, or neither any more. */
  readonly source: 'card' | 'calming' | 'missing';
  readonly label: string | null;
  readonly isMissing: boolean;
}

export interface SummaryPositive {
  readonly activityId: string;
  /** An activity card, or one of the person's likes. */
  readonly source: 'card' | 'like' | 'missing';
  readonly label: string | null;
  readonly isMissing: boolean;
  /** yyyy-mm-dd, or empty when no day was chosen. */
  readonly plannedFor: string;
  readonly isDone: boolean;
  readonly doneAt: number | null;
}

export interface SummaryPreparation {
  readonly incidentAt: string;
  readonly place: string;
  readonly staff: string;
  readonly thirdPerson: string;
  readonly supports: readonly Support[];
  /** When and where the talk will be, as typed; empty when not given. */
  readonly talkAt: string;
  readonly talkPlace: string;
  /** Whether the person agreed to talk; null: not asked. */
  readonly isAgreed: boolean | null;
}

export interface SessionSummary {
  readonly conversationId: string;
  readonly personId: string;
  readonly personName: string;
  /** The language the labels are in (the person's). */
  readonly language: string;
  readonly status: ConversationStatus;
  readonly startedAt: number | null;
  readonly completedAt: number | null;
  readonly story: readonly SummaryStep[];
  readonly links: readonly SummaryLink[];
  readonly affected: readonly SummaryAffected[];
  readonly strategies: readonly SummaryStrategy[];
  /** Strategies tied to a feeling, in the order the strategies were chosen. */
  readonly strategyFeelings: readonly SummaryStrategyFeeling[];
  /** "Making things right": the repairs the individual chose, in the order chosen. */
  readonly repairs: readonly NamedCard[];
  /** "Not now" on "Making things right": a valid answer, not a missing one. */
  readonly isRepairNotNow: boolean;
  /** "What did I need?", in the order chosen. */
  readonly needs: readonly NamedCard[];
  /** The story step marked "It started here" (1-based), or null. */
  readonly startStep: number | null;
  /** In COMMITMENTS order. */
  readonly commitments: readonly Commitment[];
  readonly commitmentNote: string;
  readonly positive: SummaryPositive | null;
  readonly choices: {
    readonly ways: readonly Way[];
    readonly isThirdPersonJoining: boolean | null;
    readonly isCalmFirst: boolean | null;
  };
  /** Answered readiness items only, in READINESS_ITEMS order. */
  readonly readiness: readonly { readonly item: ReadinessItem; readonly answer: ReadinessAnswer }[];
  readonly preparation: SummaryPreparation | null;
  /** Staff-only: the factual note from preparation. */
  readonly staffNote: string;
  /** Staff-only: notes written on the summary page. */
  readonly staffNotes: string;
}

export interface SummaryInput {
  readonly conversation: Conversation;
  readonly person: Person;
  readonly cards: ReadonlyMap<string, Card & GenderedWordsOfCard>;
  readonly language: string;
}

type NameOf = (cardId: string) => NamedCard;

/**
 * Cards by their words. With the person's grammatical gender: words about the person themself
 * (their own feelings: Spanish "enfadada" for a woman); without: the card's usual words.
 */
function namer(
  cards: ReadonlyMap<string, Card & GenderedWordsOfCard>,
  language: string,
  gender?: GrammaticalGender,
): NameOf {
  return (cardId) => {
    const card = cards.get(cardId);
    if (!card) return { cardId, label: null, isMissing: true };
    const label = gender ? genderedLabel(card, language, gender) : labelFor(card.labels, language);
    return { cardId, label, isMissing: false };
  };
}

function summariseStep(
  c: Conversation,
  frame: Frame,
  index: number,
  name: NameOf,
  startFrameId: string | null,
  ownName: NameOf = name,
): SummaryStep {
  const bubbles = frame.placements.flatMap((p) =>
    p.bubbles.map((b): SummaryBubble => {
      const card = b.cardId ? name(b.cardId) : null;
      const typed = b.text.trim();
      return { kind: b.kind, puppet: name(p.cardId), words: typed || card?.label || null, card };
    }),
  );
  const feelings = c.feelings.filter(
    (f) =>
      f.frameId === frame.id &&
      (f.cardId !== null ||
        f.size !== null ||
        f.colour !== null ||
        f.drawingMediaId !== null ||
        f.soundId !== null),
  );
  return {
    number: index + 1,
    frameId: frame.id,
    caption: frame.caption.trim(),
    pictures: frame.placements.map((p) => name(p.cardId)),
    bubbles,
    feelings: feelings.map((f) => ({
      id: f.id,
      card: f.cardId ? ownName(f.cardId) : null,
      size: f.size,
      colour: f.colour,
      hasDrawing: f.drawingMediaId !== null,
      drawingMediaId: f.drawingMediaId,
      soundId: f.soundId,
    })),
    isStart: frame.id === startFrameId,
  };
}

function summariseAffected(c: Conversation, person: Person, name: NameOf): SummaryAffected[] {
  return c.affected.map((a) => {
    const feeling = a.feelingCardId ? name(a.feelingCardId) : null;
    const base = { id: a.id, kind: a.who.kind, feeling };
    if (a.who.kind === 'self')
      return { ...base, who: person.displayName, whoCardId: null, isMissing: false };
    if (a.who.kind === 'named')
      return { ...base, who: a.who.name, whoCardId: null, isMissing: false };
    const card = name(a.who.cardId);
    return { ...base, who: card.label, whoCardId: card.cardId, isMissing: card.isMissing };
  });
}

function summariseStrategy(id: string, person: Person, name: NameOf): SummaryStrategy {
  const card = name(id);
  if (!card.isMissing) return { id, source: 'card', label: card.label, isMissing: false };
  const calming = person.calming.find((p) => p.id === id);
  return calming
    ? { id, source: 'calming', label: calming.text, isMissing: false }
    : { id, source: 'missing', label: null, isMissing: true };
}

function summarisePositive(c: Conversation, person: Person, name: NameOf): SummaryPositive | null {
  if (!c.positive) return null;
  const { activityId, plannedFor, doneAt } = c.positive;
  const card = name(activityId);
  const like = person.likes.find((l) => l.id === activityId);
  // The person's own likes first, as "Something good together" offers them.
  const found: Pick<SummaryPositive, 'source' | 'label' | 'isMissing'> = like
    ? { source: 'like', label: like.text, isMissing: false }
    : !card.isMissing
      ? { source: 'card', label: card.label, isMissing: false }
      : { source: 'missing', label: null, isMissing: true };
  return { activityId, ...found, plannedFor, isDone: doneAt !== null, doneAt };
}

function canDoOf(card: Card | undefined, language: string): string | null {
  return card ? canDoLabelFor(card, language) : null;
}

export function buildSummary({
  conversation: c,
  person,
  cards,
  language,
}: SummaryInput): SessionSummary {
  const name = namer(cards, language);
  // The person's own feelings and actions, in their grammatical gender.
  const gender = person.grammaticalGender;
  const ownName = namer(cards, language, gender);
  const prep = c.preparation;
  const startFrameId = startFrameIn(c);
  const startIndex = c.story.findIndex((f) => f.id === startFrameId);
  return {
    conversationId: c.id,
    personId: person.id,
    personName: person.displayName,
    language,
    status: c.status,
    startedAt: c.startedAt,
    completedAt: c.completedAt,
    story: c.story.map((frame, i) => summariseStep(c, frame, i, name, startFrameId, ownName)),
    links: c.links.map((l) => {
      const behaviour = cards.get(l.behaviourCardId);
      return {
        id: l.id,
        feeling: ownName(l.feelingCardId),
        behaviour: name(l.behaviourCardId),
        did: behaviour ? pastLabelFor(behaviour, language, gender) : null,
      };
    }),
    affected: summariseAffected(c, person, name),
    strategies: c.strategies.map((id) => summariseStrategy(id, person, name)),
    strategyFeelings: tiesOfChosen(c).map((tie) => ({
      strategy: summariseStrategy(tie.strategyId, person, name),
      feeling: ownName(tie.feelingCardId),
      canDo: canDoOf(cards.get(tie.strategyId), language),
    })),
    repairs: repairsOf(c).map(name),
    isRepairNotNow: isRepairNotNow(c),
    needs: needsOf(c).map(name),
    startStep: startIndex === -1 ? null : startIndex + 1,
    commitments: COMMITMENTS.filter((x) => c.commitments.includes(x)),
    commitmentNote: c.commitmentNote.trim(),
    positive: summarisePositive(c, person, name),
    choices: { ...c.welcome },
    readiness: READINESS_ITEMS.flatMap((item) => {
      const answer = c.readiness[item];
      return answer ? [{ item, answer }] : [];
    }),
    preparation: prep
      ? {
          incidentAt: prep.incidentAt,
          place: prep.place.trim(),
          staff: prep.staff.trim(),
          thirdPerson: prep.thirdPerson.trim(),
          supports: prep.supports,
          talkAt: prep.talkAt ?? '',
          talkPlace: prep.talkPlace?.trim() ?? '',
          isAgreed: prep.isAgreed ?? null,
        }
      : null,
    staffNote: prep?.staffNote.trim() ?? '',
    staffNotes: c.staffNotes,
  };
}

function endSentence(text: string): string {
  return /[.!?؟。]$/u.test(text) ? text : `${text}.`;
}

/**
 * One short sentence per story step that has anything in it, for reading aloud: the caption
 * first, then the pictures' words ("at lunch: teacher, shout."). Missing pictures are left out.
 * Language-neutral on purpose: the view adds "First"/"Then" in the staff's translation.
 */
export function storySentences(summary: Pick<SessionSummary, 'story'>): string[] {
  return summary.story.flatMap((step) => {
    const words = step.pictures.flatMap((p) => (p.label ? [p.label] : [])).join(', ');
    // "At lunch." followed by pictures reads "At lunch: angry." rather than "At lunch.: angry."
    const caption = words ? step.caption.replace(/[.!?؟。:]+$/u, '') : step.caption;
    const text = caption && words ? `${caption}: ${words}` : caption || words;
    return text ? [endSentence(text)] : [];
  });
}
