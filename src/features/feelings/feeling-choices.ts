/**
 * What "How did it feel?" offers, worked out from the person, the story and the library: few
 * feelings at a time, and for "so I …" only the actions of the step in view.
 */
import { pastLabelFor } from '../../domain/labels';
import type { Frame, FrameFeeling, GrammaticalGender, Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';

/** Feelings shown first when the person's profile chooses none: the first of the board. */
export const FIRST_FEELINGS = 6;

export interface FeelingChoices {
  /** Shown first: the person's own feelings, in their order. */
  readonly first: readonly string[];
  /** Behind "More feelings", in the board's order. */
  readonly more: readonly string[];
}

export function feelingChoices(
  person: Pick<Person, 'feelings'> | null,
  feelingIds: readonly string[],
  library: Library,
): FeelingChoices {
  // Staff chose these for the person: kept even if hidden from the board since, while they exist.
  const own = (person?.feelings ?? []).filter((id) => library.cards.has(id));
  const first = own.length > 0 ? own : feelingIds.slice(0, FIRST_FEELINGS);
  return { first, more: feelingIds.filter((id) => !first.includes(id)) };
}

/** An action placed in a step, with its words in the past tense ("pushed"). */
export interface StepAction {
  readonly cardId: string;
  readonly did: string;
}

/**
 * The actions placed in a step that have past-tense words in the person's language, each once:
 * what "I felt … so I …" offers there. A place, a thing or a person has none, so it never reads
 * "so I dining hall".
 */
export function actionsIn(
  frame: Frame,
  library: Library,
  language: string,
  gender?: GrammaticalGender,
): StepAction[] {
  const ids = [...new Set(frame.placements.map((p) => p.cardId))];
  return ids.flatMap((cardId) => {
    const card = library.cards.get(cardId);
    const did = card ? pastLabelFor(card, language, gender) : null;
    return did ? [{ cardId, did }] : [];
  });
}

/**
 * Which question the step in view asks. Staff or the person may hold one (a feeling they
 * tapped, "Another feeling", a card just chosen); otherwise the step's last feeling, or the
 * feeling question when it has none.
 */
export type HeldQuestion =
  | { readonly kind: 'choose' }
  | { readonly kind: 'feeling'; readonly id: string }
  /** A card just chosen: its feeling is shown as soon as it is stored. */
  | { readonly kind: 'card'; readonly cardId: string };

export type Question =
  { readonly kind: 'choose' } | { readonly kind: 'feeling'; readonly feeling: FrameFeeling };

export function questionOf(feelings: readonly FrameFeeling[], held: HeldQuestion | null): Question {
  const found =
    held?.kind === 'feeling'
      ? feelings.find((f) => f.id === held.id)
      : held?.kind === 'card'
        ? feelings.find((f) => f.cardId === held.cardId)
        : undefined;
  if (found) return { kind: 'feeling', feeling: found };
  if (held?.kind === 'choose' || held?.kind === 'card') return { kind: 'choose' };
  const last = feelings.at(-1);
  return last ? { kind: 'feeling', feeling: last } : { kind: 'choose' };
}
