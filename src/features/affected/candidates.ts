/**
 * Who the step offers as possibly affected: the individual, the people pictures in their story,
 * the people staff named when preparing, and anyone already marked who fits nowhere else.
 * Pure, so the rules can be read (and tested) apart from the screen.
 */
import { namesIn, whoOfPersonalCard } from '../../domain/personal-cards';
import { STARTER_BOARDS } from '../../domain/starter-content';
import { sameWho } from '../../domain/together';
import type { AffectedWho, Conversation } from '../../domain/types';
import type { Library } from '../../storage/use-library';

type Source = Pick<Conversation, 'story' | 'preparation' | 'affected'>;

/** A stable key for lists: one per distinct person. */
export function whoKey(who: AffectedWho): string {
  if (who.kind === 'card') return `card:${who.cardId}`;
  if (who.kind === 'named') return `named:${who.name}`;
  return 'self';
}

function isPeopleCard(library: Library, cardId: string): boolean {
  return library.cards.get(cardId)?.boardId === STARTER_BOARDS.people;
}

/** Distinct people pictures in the story, in the order they first appear. */
export function storyPeople(conversation: Source, library: Library): readonly string[] {
  const ids = conversation.story.flatMap((f) => f.placements.map((p) => p.cardId));
  return [...new Set(ids)].filter((id) => isPeopleCard(library, id));
}

/**
 * Names from the preparation: the staff taking part (read as the story's tray reads them, so
 * "Priya and Tom" is two people). The independent third person was not involved, so is never
 * offered as someone affected; nor is the staff-only note ever read here.
 */
export function preparedNames(conversation: Source): readonly string[] {
  const third = conversation.preparation?.thirdPerson.trim().toLocaleLowerCase() ?? '';
  return namesIn(conversation.preparation).filter((name) => name.toLocaleLowerCase() !== third);
}

/** The people board's cards that are not in the story: the "Someone else" pictures. */
export function otherPeopleCards(conversation: Source, library: Library): readonly string[] {
  const board = library.boards.find((b) => b.id === STARTER_BOARDS.people);
  const inStory = new Set(storyPeople(conversation, library));
  return (board?.cardIds ?? []).filter((id) => library.cards.has(id) && !inStory.has(id));
}

/** Everyone shown as a main choice, in order; people pictures from "Someone else" stay there. */
export function mainCandidates(conversation: Source, library: Library): readonly AffectedWho[] {
  // "Me" and a named person placed in the story are the individual and that person, not
  // pictures of someone else: each is offered once.
  const offered: AffectedWho[] = [];
  for (const who of [
    { kind: 'self' } as const,
    ...storyPeople(conversation, library).map(
      (cardId): AffectedWho => whoOfPersonalCard(cardId) ?? { kind: 'card', cardId },
    ),
    ...preparedNames(conversation).map((name) => ({ kind: 'named' as const, name })),
  ])
    if (!offered.some((o) => sameWho(o, who))) offered.push(who);
  const others = new Set(otherPeopleCards(conversation, library));
  const extra = conversation.affected
    .map((a) => a.who)
    .filter((who) => !(who.kind === 'card' && others.has(who.cardId)))
    .filter((who) => !offered.some((o) => sameWho(o, who)));
  return [...offered, ...extra];
}
