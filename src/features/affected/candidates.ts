/**
 * Who the step offers as possibly affected: the individual, the people pictures in their story,
 * the people staff named when preparing, and anyone already marked who fits nowhere else.
 * Pure, so the rules can be read (and tested) apart from the screen.
 */
import { STARTER_BOARDS } from '../../domain/starter-content';
import { sameWho } from '../../domain/together';
import type { AffectedWho, Conversation } from '../../domain/types';
import type { Library } from '../../storage/hooks';

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
 * Names from the preparation: the staff taking part (typed as a list, so split on commas). The
 * independent third person was not involved, so is never offered as someone affected; nor is the
 * staff-only note ever read here.
 */
export function preparedNames(conversation: Source): readonly string[] {
  const prep = conversation.preparation;
  if (!prep) return [];
  const third = prep.thirdPerson.trim().toLocaleLowerCase();
  const names = prep.staff.split(/[,;\n]/).map((n) => n.trim());
  return [...new Set(names)].filter((n) => n !== '' && n.toLocaleLowerCase() !== third);
}

/** The people board's cards that are not in the story: the "Someone else" pictures. */
export function otherPeopleCards(conversation: Source, library: Library): readonly string[] {
  const board = library.boards.find((b) => b.id === STARTER_BOARDS.people);
  const inStory = new Set(storyPeople(conversation, library));
  return (board?.cardIds ?? []).filter((id) => library.cards.has(id) && !inStory.has(id));
}

/** Everyone shown as a main choice, in order; people pictures from "Someone else" stay there. */
export function mainCandidates(conversation: Source, library: Library): readonly AffectedWho[] {
  const offered: AffectedWho[] = [
    { kind: 'self' },
    ...storyPeople(conversation, library).map((cardId) => ({ kind: 'card' as const, cardId })),
    ...preparedNames(conversation).map((name) => ({ kind: 'named' as const, name })),
  ];
  const others = new Set(otherPeopleCards(conversation, library));
  const extra = conversation.affected
    .map((a) => a.who)
    .filter((who) => !(who.kind === 'card' && others.has(who.cardId)))
    .filter((who) => !offered.some((o) => sameWho(o, who)));
  return [...offered, ...extra];
}
