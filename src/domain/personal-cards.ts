/**
 * The pictures of one person's own story (issue 10, point 4): the person themselves ("Me", with
 * their photo), the people staff named when preparing, and — when the person chose "Photos" at
 * Welcome — the photos on their profile. They are not stored as cards: they are made from the
 * person and the conversation whenever a screen shows the story, so a new photo or name shows at
 * once and nothing about the person is copied into the library.
 *
 * Their ids say what they stand for, so a story keeps showing them after the preparation
 * changes: `me:<personId>`, `named:<name>` (the name itself), `photo:<profile card id>`.
 */
import { STARTER_BOARDS } from './starter-content';
import { libraryFor, type Library } from './library';
import { photosTabId, withOnePhotosTab } from './photo-boards';
import type { AffectedWho, Board, Card, ImageSource, Person, Preparation } from './types';

/** The bundled "person" symbol, for "Me" without a photo and for people known by name only. */
export const PERSON_SYMBOL = '1F9D1';

const ME = 'me:';
const NAMED = 'named:';
const PHOTO = 'photo:';
/** Names taken from the preparation, at most: a story names a few people, not a register. */
const MAX_NAMED = 8;

export function meCardId(personId: string): string {
  return `${ME}${personId}`;
}

export function namedCardId(name: string): string {
  return `${NAMED}${name}`;
}

export function photoCardId(profileCardId: string): string {
  return `${PHOTO}${profileCardId}`;
}

/**
 * Who a personal card in the story stands for, as "Who was affected?" counts people: "Me" is the
 * individual, a named card the person of that name. Null for any other card (a photo, a symbol).
 */
export function whoOfPersonalCard(cardId: string): AffectedWho | null {
  if (cardId.startsWith(ME)) return { kind: 'self' };
  if (cardId.startsWith(NAMED)) return { kind: 'named', name: cardId.slice(NAMED.length) };
  return null;
}

/** The names in what staff typed ("Priya, Tom and Jo"), each once, in the order typed. */
export function namesIn(preparation: Preparation | null): string[] {
  if (!preparation) return [];
  const names: string[] = [];
  const seen = new Set<string>();
  for (const part of `${preparation.staff}\n${preparation.thirdPerson}`.split(
    /[,;\n/&+]|\band\b/iu,
  )) {
    const name = part.trim().replace(/\s+/gu, ' ');
    const key = name.toLocaleLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names.slice(0, MAX_NAMED);
}

export interface PersonalCardsInput {
  readonly person: Person;
  readonly preparation: Preparation | null;
  /** Card ids the story already uses: a name since taken out of the preparation still shows. */
  readonly usedCardIds: Iterable<string>;
  readonly isPhotosOffered: boolean;
  readonly language: string;
  /** The person's words for themselves and for their photos' tab, in their language. */
  readonly words: { readonly me: string; readonly photos: string };
}

function card(
  id: string,
  boardId: string,
  label: string,
  language: string,
  image: ImageSource,
): Card {
  return {
    id,
    kind: 'symbol',
    boardId,
    labels: { [language]: label },
    image,
    origin: 'staff',
    createdAt: 0,
    updatedAt: 0,
  };
}

const personSymbol: ImageSource = { kind: 'symbol', symbol: PERSON_SYMBOL };

/**
 * The library with the person's own pictures added: "Me" and the named people first on the
 * People board, and a board of their photos after it when photos are offered.
 */
export function withPersonalCards(everyone: Library, input: PersonalCardsInput): Library {
  const { person, language, words } = input;
  // Other people's personal boards never show in this person's story.
  const library = libraryFor(everyone, person.id);
  const peopleBoard = library.boards.find((b) => b.id === STARTER_BOARDS.people);
  const boardId = peopleBoard?.id ?? STARTER_BOARDS.people;
  const cards = new Map(library.cards);
  const me = card(meCardId(person.id), boardId, words.me, language, person.picture ?? personSymbol);
  const named = namesIn(input.preparation).map((name) =>
    card(namedCardId(name), boardId, name, language, personSymbol),
  );
  const offered = new Set([me.id, ...named.map((c) => c.id)]);
  for (const own of [me, ...named]) cards.set(own.id, own);
  // Pictures the story still uses but the preparation no longer names: readable, not offered.
  for (const id of input.usedCardIds) {
    if (id.startsWith(NAMED) && !cards.has(id)) {
      cards.set(id, card(id, boardId, id.slice(NAMED.length), language, personSymbol));
    }
  }

  const photos = [...person.likes, ...person.calming].flatMap((profileCard) =>
    profileCard.image?.kind === 'media'
      ? [
          card(
            photoCardId(profileCard.id),
            photosTabId(person.id),
            profileCard.text,
            language,
            profileCard.image,
          ),
        ]
      : [],
  );
  for (const photo of photos) cards.set(photo.id, photo);

  const boards: Board[] = library.boards.map((b) =>
    b === peopleBoard ? { ...b, cardIds: [...offered, ...b.cardIds] } : b,
  );
  // One "Photos" tab just after the People board (first when there is none): the profile's
  // photos and the library's Photos boards for this person (photo-boards.ts).
  return withOnePhotosTab(
    { boards, cards },
    {
      personId: person.id,
      profilePhotoIds: photos.map((p) => p.id),
      isOffered: input.isPhotosOffered,
      labels: { [language]: words.photos },
      colour: peopleBoard?.colour ?? '',
      order: peopleBoard?.order ?? 0,
      afterBoardId: boardId,
    },
  );
}
