import { useId, useState, type KeyboardEvent } from 'react';
import { useContentLanguage, useContentTranslation } from '../../i18n/content-language';
import { labelFor } from '../../domain/labels';
import { Icon } from '../../ui/icons';
import { TRAY_PAGE_SIZE } from '../../domain/first-pictures';
import type { Board, Card } from '../../domain/types';
import { viewCard } from './card-view';
import type { Pick } from './dnd-types';
import { TrayCard } from './tray-card';
import { useTrayPageSize } from './use-tray-page-size';

export interface PictureTrayProps {
  readonly boards: readonly Board[];
  readonly cards: ReadonlyMap<string, Card>;
  readonly language: string;
  readonly pick: Pick | null;
  readonly onPickCard: (cardId: string) => void;
}

/** The tray of pictures, one tab per board. Boards keep their order, so pictures never move. */
export function PictureTray({ boards, cards, language, pick, onPickCard }: PictureTrayProps) {
  const { t } = useContentTranslation();
  const direction = useContentLanguage().dir;
  const baseId = useId();
  const [selectedId, setSelectedId] = useState(boards[0]?.id);
  const [pages, setPages] = useState<Readonly<Record<string, number>>>({});
  const selected = boards.find((b) => b.id === selectedId) ?? boards[0];
  const visibleIds = selected ? selected.cardIds.filter((id) => cards.has(id)) : [];
  const [panelRef, pageSize] = useTrayPageSize(TRAY_PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(visibleIds.length / pageSize));
  const page = Math.min(selected ? (pages[selected.id] ?? 0) : 0, pageCount - 1);
  const turnPage = (delta: number) => {
    if (selected) setPages({ ...pages, [selected.id]: page + delta });
  };

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const isRtl = direction === 'rtl';
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
        data-scan-group=""
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
            onKeyDown={onTabKey}
          >
            {labelFor(board.labels, language)}
          </button>
        ))}
      </div>
      {selected ? (
        <div
          ref={panelRef}
          id={`${baseId}-panel`}
          className="tray__panel"
          role="tabpanel"
          data-scan-group=""
          aria-labelledby={`${baseId}-tab-${selected.id}`}
        >
          {visibleIds.slice(page * pageSize, (page + 1) * pageSize).map((cardId) => {
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
      {pageCount > 1 ? (
        <div className="tray__pages" data-scan-group="">
          {/* Beside the story the tray is narrow: the buttons show their first word (CSS). */}
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('story.previousPictures')}
            disabled={page === 0}
            onClick={() => turnPage(-1)}
          >
            <Icon name="earlier" className="flip-rtl" />
            <span className="tray__long">{t('story.previousPictures')}</span>
            <span className="tray__short">{t('story.previousShort')}</span>
          </button>
          <span>{t('story.pageOf', { page: page + 1, count: pageCount })}</span>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('story.morePictures')}
            disabled={page === pageCount - 1}
            onClick={() => turnPage(1)}
          >
            <span className="tray__long">{t('story.morePictures')}</span>
            <span className="tray__short">{t('story.moreShort')}</span>
            <Icon name="later" className="flip-rtl" />
          </button>
        </div>
      ) : null}
    </section>
  );
}
