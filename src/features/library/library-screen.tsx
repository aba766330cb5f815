import { useTranslation } from 'react-i18next';
import { labelFor } from '../../domain/labels';
import { useLibrary } from '../../storage/hooks';
import { ImagePicture } from '../../ui/image-picture';
import { BoardFileButton } from './board-file-button';
import { BoardImport } from './board-import';
import { SymbolFinder } from './symbol-finder';
import './library.css';

/** Finding any picture of the set, and the boards with their cards in the staff's language. */
export function LibraryScreen() {
  const { t, i18n } = useTranslation();
  const library = useLibrary(i18n.language);
  return (
    <section className="screen">
      <h1>{t('library.heading')}</h1>
      <p>{t('library.intro')}</p>
      {library ? <SymbolFinder library={library} /> : null}
      <BoardImport />
      {library?.boards.map((board) => (
        <section key={board.id} className="library-board" aria-labelledby={`board-${board.id}`}>
          <h2 id={`board-${board.id}`}>
            {labelFor(board.labels, i18n.language)}{' '}
            <span className="library-board__count">
              ({t('library.count', { count: board.cardIds.length })})
            </span>
          </h2>
          <BoardFileButton board={board} library={library} />
          <ul className="library-board__cards">
            {board.cardIds.map((cardId) => {
              const card = library.cards.get(cardId);
              if (!card) return null;
              return (
                <li key={cardId}>
                  <ImagePicture
                    image={card.image}
                    label={labelFor(card.labels, i18n.language)}
                    colour={board.colour}
                    size="small"
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
