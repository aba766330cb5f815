import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { labelFor } from '../../domain/labels';
import type { Board, Card } from '../../domain/types';
import { viewCard } from './card-view';
import type { Pick } from './dnd-types';
import { TrayCard } from './tray-card';

export interface PictureTrayProps {
  readonly boards: readonly Board[];
  readonly cards: ReadonlyMap<string, Card>;
  readonly language: string;
  readonly pick: Pick | null;
  readonly onPickCard: (cardId: string) => void;
}

/** The tray of pictures, one tab per board. Boards keep their order, so pictures never move. */
export function PictureTray({ boards, cards, language, pick, onPickCard }: PictureTrayProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [selectedId, setSelectedId] = useState(boards[0]?.id);
  const selected = boards.find((b) => b.id === selectedId) ?? boards[0];

  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const isRtl = document.documentElement.dir === 'rtl';
    const forward = ['ArrowDown', isRtl ? 'ArrowLeft' : 'ArrowRight'];
    const backward = ['ArrowUp', isRtl ? 'ArrowRight' : 'ArrowLeft'];
    const step = forward.includes(event.key) ? 1 : backward.includes(event.key) ? -1 : 0;
    if (step === 0 || !selected) return;
    event.preventDefault();
    const next = boards[(boards.indexOf(selected) + step + boards.length) % boards.length];
    if (!next) return;
    setSelectedId(next.id);
    document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
  }

  return (
    <section className="tray" aria-label={t('story.trayLabel')}>
      <div
        className="tray__tabs"
        role="tablist"
        aria-label={t('story.boardsLabel')}
        onKeyDown={onTabKey}
      >
        {boards.map((board) => (
          <button
            key={board.id}
            id={`${baseId}-tab-${board.id}`}
            type="button"
            role="tab"
            className="tray__tab"
            style={{ backgroundColor: board.colour }}
            aria-selected={board.id === selected?.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={board.id === selected?.id ? 0 : -1}
            onClick={() => setSelectedId(board.id)}
          >
            {labelFor(board.labels, language)}
          </button>
        ))}
      </div>
      {selected ? (
        <div
          id={`${baseId}-panel`}
          className="tray__panel"
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${selected.id}`}
        >
          {selected.cardIds.map((cardId) => {
            const card = cards.get(cardId);
            if (!card) return null;
            return (
              <TrayCard
                key={cardId}
                cardId={cardId}
                view={viewCard(card, language, t('story.missingPicture'), selected.colour)}
                isPicked={pick?.kind === 'card' && pick.cardId === cardId}
                onPick={onPickCard}
              />
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
