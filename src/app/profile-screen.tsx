/** A person's profile editor, fed with symbols from the library (People for their picture). */
import { useTranslation } from 'react-i18next';
import { NotFound } from './not-found';
import { useParams } from '../lib/router';
import { labelFor } from '../domain/labels';
import type { Board, Card } from '../domain/types';
import { ProfileEditor } from '../features/people/profile-editor';
import type { SymbolGroup } from '../features/people/symbol-choices';
import { usePerson } from '../storage/hooks';
import { useLibrary } from '../storage/use-library';
import { starterBoardId } from '../domain/starter-content';

const PICTURE_BOARD = starterBoardId('people');
const FEELINGS_BOARD = starterBoardId('feelings');
/** Boards whose pictures suit likes, strengths and calming things. */
const CARD_BOARDS = ['activities', 'objects', 'places', 'needs'].map(starterBoardId);

function groupOf(board: Board, cards: ReadonlyMap<string, Card>, language: string): SymbolGroup {
  const choices = board.cardIds.flatMap((cardId) => {
    const card = cards.get(cardId);
    if (card?.image.kind !== 'symbol') return [];
    return [{ id: card.id, label: labelFor(card.labels, language), symbol: card.image.symbol }];
  });
  return { id: board.id, label: labelFor(board.labels, language), colour: board.colour, choices };
}

export default function ProfileScreen() {
  const { t, i18n } = useTranslation();
  const { personId } = useParams();
  const person = usePerson(personId);
  const library = useLibrary(i18n.language);

  if (person === undefined || library === undefined) {
    return <p className="loading">{t('app.loading')}</p>;
  }
  if (person === null) {
    return <NotFound message={t('person.notFound')} />;
  }
  const groups = library.boards.map((b) => groupOf(b, library.cards, i18n.language));
  return (
    <ProfileEditor
      key={person.id}
      person={person}
      pictureSymbols={groups.find((g) => g.id === PICTURE_BOARD)}
      cardSymbols={groups.filter((g) => CARD_BOARDS.includes(g.id))}
      feelingSymbols={groups.find((g) => g.id === FEELINGS_BOARD)}
    />
  );
}
