/**
 * Taking a board out of the library: a built-in board is hidden (it can be shown again from
 * "Hidden boards"); a board staff made is deleted with the cards made for it, once staff say yes.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelFor } from '../../domain/labels';
import type { Board } from '../../domain/types';
import { deleteStaffBoard, setHidden } from '../../storage/library-edits-repo';
import type { Save } from '../../storage/use-save';

export interface BoardActionsProps {
  readonly board: Board;
  readonly save: Save;
  readonly announce: (text: string) => void;
}

export function BoardActions({ board, save, announce }: BoardActionsProps) {
  const { t, i18n } = useTranslation('library');
  const [isConfirming, setConfirming] = useState(false);
  const name = labelFor(board.labels, i18n.language);
  if (board.origin === 'starter') {
    return (
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          save(setHidden(board.id, 'board', true), () => announce(t('board.hidden', { name })))
        }
      >
        {t('board.hide')}
      </button>
    );
  }
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
        {t('board.delete')}
      </button>
      {isConfirming ? (
        <div className="library-board__confirm" role="group" aria-label={t('board.delete')}>
          <p>{t('board.deleteCheck', { name, count: board.cardIds.length })}</p>
          <button
            type="button"
            className="button"
            onClick={() =>
              save(deleteStaffBoard(board.id), () => announce(t('board.deleted', { name })))
            }
          >
            {t('board.deleteYes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('board.deleteNo')}
          </button>
        </div>
      ) : null}
    </>
  );
}
