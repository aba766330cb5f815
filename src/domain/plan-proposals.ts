/**
 * "Update support plan": what a finished conversation proposes for the person's plan, and what a
 * first plan takes from the profile. Each proposal says what it is and where it comes from; the
 * words are put together by the view in the plan's language (the domain has no i18n), and staff
 * accept, edit or drop each one, so nothing enters the plan unseen.
 *
 * From a conversation: what can upset me — the step marked "It started here" (its caption and
 * each place, thing, person or activity in it); early signs — each feeling had up to the first
 * step where something was done (or up to the marked step), at its biggest size; what helps
 * when I am getting upset — each strategy, as "When I feel angry, I can ask for a break" when
 * tied to a feeling; what helps me stay well — what I needed, and what staff will do
 * differently; what helps after — making things right and the positive activity.
 */
import { canDoLabelFor, labelFor } from './labels';
import { starterBoardId } from './starter-content';
import { needsOf, repairsOf, startFrameIn, tiesOfChosen } from './together-plan';
import type {
  Card,
  Commitment,
  Conversation,
  FeelingSize,
  ImageSource,
  Person,
  PlanItem,
  PlanSection,
} from './types';
import { COMMITMENTS } from './types';

interface Base {
  /** Stable within one conversation, so the screen can keep each proposal's answer. */
  readonly key: string;
  readonly section: PlanSection;
  readonly picture: ImageSource | null;
}

export type Proposal = Base &
  (
    | { readonly kind: 'trigger-caption'; readonly caption: string }
    | { readonly kind: 'trigger'; readonly label: string }
    | { readonly kind: 'early-sign'; readonly feeling: string; readonly size: FeelingSize | null }
    | {
        readonly kind: 'tie';
        readonly feeling: string;
        readonly strategy: string;
        /** The words that end "When I feel angry, I can …", when the strategy has them. */
        readonly canDo: string | null;
      }
    | { readonly kind: 'strategy'; readonly strategy: string }
    | { readonly kind: 'need'; readonly need: string }
    | { readonly kind: 'commitment'; readonly commitment: Commitment }
    | { readonly kind: 'commitment-note'; readonly note: string }
    | { readonly kind: 'repair'; readonly repair: string }
    | { readonly kind: 'positive'; readonly activity: string }
    | { readonly kind: 'like'; readonly text: string }
    | { readonly kind: 'calming'; readonly text: string }
    | {
        readonly kind: 'communication';
        readonly how: 'symbols' | 'photos' | 'readsText' | 'speech';
      }
  );

/** Where each of "what we will do differently" goes in the plan. */
export const COMMITMENT_SECTIONS: Record<Commitment, PlanSection> = {
  warnBeforeChanges: 'proactive',
  quieterPlace: 'proactive',
  checkNeeds: 'proactive',
  usePictures: 'proactive',
  offerBreakSooner: 'deescalation',
  fewerWords: 'deescalation',
  listenFirst: 'deescalation',
  stayClose: 'deescalation',
};

/**
 * A picture for each of "what we will do differently" and each way of communicating, from the
 * bundled symbols, chosen to mean the words to a literal reader.
 */
export const COMMITMENT_SYMBOLS: Record<Commitment, string> = {
  warnBeforeChanges: '1F4CB',
  quieterPlace: '1F507',
  checkNeeds: '1F964',
  usePictures: '1F440',
  offerBreakSooner: '23F8',
  fewerWords: '1F92B',
  listenFirst: '1F442',
  stayClose: '1F9D1-200D-1F91D-200D-1F9D1',
};
const COMMUNICATION_SYMBOLS = {
  symbols: '1F440',
  photos: '1F440',
  readsText: '1F4DA',
  speech: '1F442',
} as const;
const symbol = (hexcode: string): ImageSource => ({ kind: 'symbol', symbol: hexcode });

/** Pictures of these boards in the step where it started are what can upset: not what was done. */
const TRIGGER_BOARDS = new Set(
  ['people', 'places', 'objects', 'activities'].map((category) => starterBoardId(category)),
);
const ACTION_BOARD = starterBoardId('actions');

export interface ProposalInput {
  readonly conversation: Conversation;
  readonly person: Person;
  readonly cards: ReadonlyMap<string, Card>;
  /** The plan's language: the person's. */
  readonly language: string;
}

function stepsBeforeActing(c: Conversation, cards: ReadonlyMap<string, Card>): Set<string> {
  const startId = startFrameIn(c);
  const startIndex = c.story.findIndex((f) => f.id === startId);
  const actingIndex = c.story.findIndex((f) =>
    f.placements.some((p) => cards.get(p.cardId)?.boardId === ACTION_BOARD),
  );
  const last = Math.max(startIndex, actingIndex);
  return new Set(c.story.slice(0, last === -1 ? c.story.length : last + 1).map((f) => f.id));
}

function triggers(input: ProposalInput): Proposal[] {
  const { conversation: c, cards, language } = input;
  const frame = c.story.find((f) => f.id === startFrameIn(c));
  if (!frame) return [];
  const pictured = frame.placements.flatMap((p) => {
    const card = cards.get(p.cardId);
    return card && TRIGGER_BOARDS.has(card.boardId) ? [card] : [];
  });
  const unique = pictured.filter((card, i) => pictured.indexOf(card) === i);
  const caption = frame.caption.trim();
  return [
    ...(caption === ''
      ? []
      : [
          {
            key: `trigger-caption-${frame.id}`,
            section: 'triggers',
            picture: unique[0]?.image ?? null,
            kind: 'trigger-caption',
            caption,
          } as const,
        ]),
    ...unique.map((card): Proposal => ({
      key: `trigger-${card.id}`,
      section: 'triggers',
      picture: card.image,
      kind: 'trigger',
      label: labelFor(card.labels, language),
    })),
  ];
}

function earlySigns(input: ProposalInput): Proposal[] {
  const { conversation: c, cards, language } = input;
  const steps = stepsBeforeActing(c, cards);
  const biggest = new Map<string, FeelingSize | null>();
  for (const f of c.feelings) {
    if (f.cardId === null || !steps.has(f.frameId) || !cards.has(f.cardId)) continue;
    const was = biggest.get(f.cardId) ?? null;
    biggest.set(f.cardId, was === null || (f.size !== null && f.size > was) ? f.size : was);
  }
  return [...biggest].flatMap(([cardId, size]): Proposal[] => {
    const card = cards.get(cardId);
    if (!card) return [];
    return [
      {
        key: `early-sign-${cardId}`,
        section: 'earlySigns',
        picture: card.image,
        kind: 'early-sign',
        feeling: labelFor(card.labels, language),
        size,
      },
    ];
  });
}

function helps(input: ProposalInput): Proposal[] {
  const { conversation: c, person, cards, language } = input;
  const ties = tiesOfChosen(c);
  return c.strategies.flatMap((strategyId): Proposal[] => {
    const card = cards.get(strategyId);
    const calming = person.calming.find((p) => p.id === strategyId);
    const strategy = card ? labelFor(card.labels, language) : calming?.text.trim();
    if (!strategy) return [];
    const picture = card?.image ?? calming?.image ?? null;
    const tie = ties.find((t) => t.strategyId === strategyId);
    const feelingCard = tie ? cards.get(tie.feelingCardId) : undefined;
    const key = `strategy-${strategyId}`;
    if (feelingCard)
      return [
        {
          key,
          section: 'deescalation',
          picture,
          kind: 'tie',
          feeling: labelFor(feelingCard.labels, language),
          strategy,
          canDo: card ? canDoLabelFor(card, language) : null,
        },
      ];
    return [{ key, section: 'deescalation', picture, kind: 'strategy', strategy }];
  });
}

function needsAndStaff(input: ProposalInput): Proposal[] {
  const { conversation: c, cards, language } = input;
  const needs = needsOf(c).flatMap((id): Proposal[] => {
    const card = cards.get(id);
    return card
      ? [
          {
            key: `need-${id}`,
            section: 'proactive',
            picture: card.image,
            kind: 'need',
            need: labelFor(card.labels, language),
          },
        ]
      : [];
  });
  const commitments = COMMITMENTS.filter((x) => c.commitments.includes(x)).map(
    (commitment): Proposal => ({
      key: `commitment-${commitment}`,
      section: COMMITMENT_SECTIONS[commitment],
      picture: symbol(COMMITMENT_SYMBOLS[commitment]),
      kind: 'commitment',
      commitment,
    }),
  );
  const note = c.commitmentNote.trim();
  return [
    ...needs,
    ...commitments,
    ...(note === ''
      ? []
      : [
          {
            key: 'commitment-note',
            section: 'proactive',
            picture: null,
            kind: 'commitment-note',
            note,
          } as const,
        ]),
  ];
}

function after(input: ProposalInput): Proposal[] {
  const { conversation: c, person, cards, language } = input;
  const repairs = repairsOf(c).flatMap((id): Proposal[] => {
    const card = cards.get(id);
    return card
      ? [
          {
            key: `repair-${id}`,
            section: 'after',
            picture: card.image,
            kind: 'repair',
            repair: labelFor(card.labels, language),
          },
        ]
      : [];
  });
  const positive = c.positive;
  if (!positive) return repairs;
  const like = person.likes.find((l) => l.id === positive.activityId);
  const card = cards.get(positive.activityId);
  const activity = like?.text.trim() || (card ? labelFor(card.labels, language) : '');
  if (activity === '') return repairs;
  return [
    ...repairs,
    {
      key: `positive-${positive.activityId}`,
      section: 'after',
      picture: like?.image ?? card?.image ?? null,
      kind: 'positive',
      activity,
    },
  ];
}

/** What a conversation proposes for the plan, section by section. */
export function proposeFromConversation(input: ProposalInput): Proposal[] {
  return [
    ...triggers(input),
    ...earlySigns(input),
    ...needsAndStaff(input),
    ...helps(input),
    ...after(input),
  ];
}

/** What a first plan takes from the profile: likes and how I communicate; what calms me. */
export function proposeFromProfile(person: Person): Proposal[] {
  const likes = person.likes.flatMap((like): Proposal[] =>
    like.text.trim() === ''
      ? []
      : [
          {
            key: `like-${like.id}`,
            section: 'about',
            picture: like.image,
            kind: 'like',
            text: like.text.trim(),
          },
        ],
  );
  const ways = (['symbols', 'photos', 'readsText', 'speech'] as const)
    .filter((how) => person.communication[how])
    .map((how): Proposal => ({
      key: `communication-${how}`,
      section: 'about',
      picture: symbol(COMMUNICATION_SYMBOLS[how]),
      kind: 'communication',
      how,
    }));
  const calming = person.calming.flatMap((c): Proposal[] =>
    c.text.trim() === ''
      ? []
      : [
          {
            key: `calming-${c.id}`,
            section: 'proactive',
            picture: c.image,
            kind: 'calming',
            text: c.text.trim(),
          },
        ],
  );
  return [...likes, ...ways, ...calming];
}

/** Whether the plan already says this in this section (words compared without case or spaces). */
export function isInPlan(items: readonly PlanItem[], section: PlanSection, words: string): boolean {
  const key = words.trim().toLocaleLowerCase();
  return items.some((i) => i.section === section && i.words.trim().toLocaleLowerCase() === key);
}
