/**
 * One board of the Library: its cards in their places, each opening its editor; the board's own
 * actions (arrange, edit, export, hide or delete); and the cards staff hid from it, to show again.
 */
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelFor } from '../../domain/labels';
import { movedCard, type Library } from '../../domain/library';
import type { Board, Card } from '../../domain/types';
import {
  changeCard,
  deleteStaffCards,
  setBoardOrder,
  setHidden,
} from '../../storage/library-edits-repo';
import type { Save } from '../../storage/use-save';
import { SpeakButton } from '../../ui/speak-button';
import { BoardActions } from './board-actions';
import { BoardFileButton } from './board-file-button';
import { CardEditor } from './card-editor';
import { CardGrid } from './card-grid';
import { CardTile } from './card-tile';
import { RecordWord } from './record-word';

export interface BoardViewProps {
  readonly board: Board;
  readonly library: Library;
  readonly ownerName: string | null;
  readonly save: Save;
  readonly announce: (text: string) => void;
  readonly onEditBoard: () => void;
}

/** Whose a card's recording is: a personal board's person for a card made on it, else no one. */
function ownerOf(card: Card, board: Board): string | null {
  return card.origin === 'staff' && card.boardId === board.id ? (board.personId ?? null) : null;
}

function hiddenCardsOf(library: Library, board: Board): Card[] {
  const hidden = library.hidden ?? new Set<string>();
  return [...library.cards.values()].filter((c) => c.boardId === board.id && hidden.has(c.id));
}

export function BoardView({
  board,
  library,
  ownerName,
  save,
  announce,
  onEditBoard,
}: BoardViewProps) {
  const { t, i18n } = useTranslation('library');
  const headingId = useId();
  const language = i18n.language;
  const [isArranging, setArranging] = useState(false);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const name = labelFor(board.labels, language);
  const labelOf = useCallback(
    (cardId: string) => {
      const card = library.cards.get(cardId);
      return card ? labelFor(card.labels, language) : '';
    },
    [library.cards, language],
  );
  const move = useCallback(
    (cardId: string, toId: string) => {
      setPickedId(null);
      const order = movedCard(board.cardIds, cardId, toId);
      save(setBoardOrder(board, order), () =>
        announce(t('board.moved', { label: labelOf(cardId), place: order.indexOf(cardId) + 1 })),
      );
    },
    [board, save, announce, t, labelOf],
  );
  const pick = useCallback(
    (cardId: string | null) => {
      setPickedId(cardId);
      if (cardId) announce(t('board.picked', { label: labelOf(cardId) }));
    },
    [announce, t, labelOf],
  );
  const openCard = openId ? library.cards.get(openId) : undefined;
  const hiddenCards = hiddenCardsOf(library, board);

  return (
    <section className="library-board" aria-labelledby={headingId}>
      <div className="library-board__head">
        <h2 id={headingId}>
          {name}{' '}
          <span className="library-board__count">
            {t('board.count', { count: board.cardIds.length })}
          </span>
        </h2>
        {ownerName ? (
          <p className="library-board__owner">{t('board.personal', { name: ownerName })}</p>
        ) : null}
        <div className="library-board__actions">
          <button
            type="button"
            className="button"
            aria-pressed={isArranging}
            disabled={board.cardIds.length < 2}
            onClick={() => {
              setArranging(!isArranging);
              setPickedId(null);
            }}
          >
            {isArranging ? t('board.arrangeDone') : t('board.arrange')}
          </button>
          <button type="button" className="button button--quiet" onClick={onEditBoard}>
            {t('board.edit')}
          </button>
          <BoardFileButton board={board} library={library} />
          <BoardActions board={board} save={save} announce={announce} />
        </div>
      </div>
      {isArranging ? <p className="library-board__hint">{t('board.arrangeHint')}</p> : null}
      {board.cardIds.length === 0 ? (
        <p>{t('board.empty')}</p>
      ) : (
        <CardGrid
          cardIds={board.cardIds}
          label={t('board.cards', { board: name })}
          renderCard={(cardId) => {
            const card = library.cards.get(cardId);
            if (!card) return null;
            return (
              <CardTile
                card={card}
                label={labelOf(cardId)}
                language={language}
                colour={board.colour}
                isArranging={isArranging}
                pickedId={pickedId}
                onOpen={setOpenId}
                onPick={pick}
                onMove={move}
              />
            );
          }}
        />
      )}
      {hiddenCards.length > 0 ? (
        <details className="library-board__hidden">
          <summary>{t('board.hiddenCards', { count: hiddenCards.length })}</summary>
          <ul>
            {hiddenCards.map((card) => (
              <li key={card.id}>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => save(setHidden(card.id, 'card', false))}
                >
                  {t('board.showCard', { label: labelFor(card.labels, language) })}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {openCard ? (
        <CardEditor
          card={openCard}
          colour={board.colour}
          isHidden={library.hidden?.has(openCard.id) ?? false}
          onSave={(changes, image) =>
            save(changeCard(openCard, changes, image), () => {
              setOpenId(null);
              announce(t('card.saved', { label: labelOf(openCard.id) }));
            })
          }
          onHide={(isHidden) =>
            save(setHidden(openCard.id, 'card', isHidden), () => {
              setOpenId(null);
              announce(t(isHidden ? 'card.hidden' : 'card.shown', { label: labelOf(openCard.id) }));
            })
          }
          onDelete={() =>
            save(deleteStaffCards([openCard.id]), () => {
              setOpenId(null);
              announce(t('card.deleted', { label: labelOf(openCard.id) }));
            })
          }
          onClose={() => setOpenId(null)}
          speech={
            <>
              <SpeakButton
                card={{ label: labelOf(openCard.id), sound: openCard.sound }}
                language={language}
              />
              <RecordWord
                cardId={openCard.id}
                isBuiltIn={openCard.origin === 'starter'}
                label={labelOf(openCard.id)}
                language={language}
                soundMediaId={openCard.sound}
                ownerId={ownerOf(openCard, board)}
              />
            </>
          }
        />
      ) : null}
    </section>
  );
}
