/**
 * The boards, in library order, each with its colour and how many cards it has: choosing one
 * shows it beside. "New board" starts one; hidden boards wait below, to be shown again.
 */
import { useTranslation } from 'react-i18next';
import { labelFor } from '../../domain/labels';
import type { Board } from '../../domain/types';
import { setHidden } from '../../storage/library-edits-repo';
import type { Save } from '../../storage/use-save';
import { Icon } from '../../ui/icons';

export interface BoardPickerProps {
  readonly boards: readonly Board[];
  readonly hiddenBoards: readonly Board[];
  readonly selectedId: string | null;
  readonly onSelect: (boardId: string) => void;
  readonly onNew: () => void;
  readonly save: Save;
}

export function BoardPicker(props: BoardPickerProps) {
  const { boards, hiddenBoards, selectedId, onSelect, onNew, save } = props;
  const { t, i18n } = useTranslation('library');
  const nameOf = (board: Board) => labelFor(board.labels, i18n.language);
  return (
    <nav className="board-picker" aria-label={t('board.boards')}>
      <ul className="board-picker__list">
        {boards.map((board) => (
          <li key={board.id}>
            <button
              type="button"
              className="board-picker__board"
              aria-current={board.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(board.id)}
            >
              <span
                className="board-picker__swatch"
                style={{ backgroundColor: board.colour }}
                aria-hidden="true"
              />
              <span className="board-picker__name">{nameOf(board)}</span>
              <span className="board-picker__count">
                {t('board.count', { count: board.cardIds.length })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onNew}>
        <Icon name="plus" /> {t('board.new')}
      </button>
      {hiddenBoards.length > 0 ? (
        <details className="board-picker__hidden">
          <summary>{t('board.hiddenBoards', { count: hiddenBoards.length })}</summary>
          <ul>
            {hiddenBoards.map((board) => (
              <li key={board.id}>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => save(setHidden(board.id, 'board', false))}
                >
                  {t('board.showBoard', { name: nameOf(board) })}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </nav>
  );
}
