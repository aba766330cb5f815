import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { labelFor } from '../../domain/labels';
import type { SymbolWords } from '../../domain/symbol-search';
import type { Board } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { ModalDialog } from '../../ui/modal-dialog';
import { Picture } from '../../ui/picture';

export interface AddCardDialogProps {
  readonly symbol: SymbolWords;
  /** The language the symbol's name is in, which the card's word is stored in. */
  readonly language: string;
  readonly boards: readonly Board[];
  readonly onAdd: (card: { boardId: string; word: string }) => void;
  readonly onCancel: () => void;
}

/** The board a symbol of an OpenMoji group most likely belongs on, when the library has it. */
const BOARD_OF_GROUP: Readonly<Record<string, string>> = {
  'smileys-emotion': 'board-feelings',
  'people-body': 'board-people',
  'travel-places': 'board-places',
  activities: 'board-activities',
  objects: 'board-objects',
  'food-drink': 'board-objects',
  'animals-nature': 'board-objects',
};

function suggestedBoard(symbol: SymbolWords, boards: readonly Board[]): string {
  const fitting = BOARD_OF_GROUP[symbol.group];
  return boards.find((board) => board.id === fitting)?.id ?? boards[0]?.id ?? '';
}

/** A symbol found in the whole set becomes a card: its word (the name, to change) and a board. */
export function AddCardDialog({ symbol, language, boards, onAdd, onCancel }: AddCardDialogProps) {
  const { t, i18n } = useTranslation('library');
  const id = useId();
  const [titleId, introId] = [`${id}-title`, `${id}-intro`];
  const [word, setWord] = useState(symbol.name);
  const [boardId, setBoardId] = useState(() => suggestedBoard(symbol, boards));
  const [isWordMissing, setWordMissing] = useState(false);

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (word.trim() === '') {
      setWordMissing(true);
      return;
    }
    onAdd({ boardId, word });
  }

  return (
    <ModalDialog labelledBy={titleId} describedBy={introId} onClose={onCancel}>
      <form className="add-card" onSubmit={submit} noValidate>
        <h2 id={titleId}>{t('addCard.title')}</h2>
        <p id={introId}>{t('addCard.intro')}</p>
        <div className="add-card__preview" lang={language}>
          <Picture src={symbolUrl(symbol.hexcode)} label={word} size="medium" />
        </div>
        <label htmlFor={`${id}-word`}>{t('addCard.word')}</label>
        <input
          id={`${id}-word`}
          value={word}
          lang={language}
          dir="auto"
          aria-invalid={isWordMissing}
          aria-describedby={isWordMissing ? `${id}-word-needed` : undefined}
          onChange={(e) => {
            setWord(e.target.value);
            setWordMissing(false);
          }}
        />
        {isWordMissing ? (
          <p id={`${id}-word-needed`} className="field-hint">
            {t('addCard.wordNeeded')}
          </p>
        ) : null}
        <label htmlFor={`${id}-board`}>{t('addCard.board')}</label>
        <select id={`${id}-board`} value={boardId} onChange={(e) => setBoardId(e.target.value)}>
          {boards.map((board) => (
            <option key={board.id} value={board.id}>
              {labelFor(board.labels, i18n.language)}
            </option>
          ))}
        </select>
        <div className="actions">
          <button type="submit" className="button">
            {t('addCard.add')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('addCard.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
