/**
 * Reading a social story together (issue 12): one page at a time, a big picture and short
 * words, the title first. Pages turn by swipe, by the "Previous page" and "Next page" buttons, and
 * by the arrow keys (and Page Up / Page Down); the page slides in from the side it comes from,
 * and simply appears when motion is reduced. "Read aloud" reads the page in the story's language.
 */
import { AnimatePresence, m, useReducedMotionConfig } from 'framer-motion';
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useContentAttributes, useContentTranslation } from '../../i18n/content-language';
import { pageText } from '../../domain/story-print';
import type { ImageSource, StoryPage } from '../../domain/types';
import { useReadAloud } from '../../lib/use-read-aloud';
import { useImageSrc } from '../../ui/image-picture';
import './stories.css';

export interface StoryReaderProps {
  readonly title: string;
  readonly pages: readonly Pick<StoryPage, 'id' | 'picture' | 'sentences'>[];
  /** The story's language: its words are read aloud in it. */
  readonly language: string;
  /** Shown as the last control, when the reader is inside another screen. */
  readonly onClose?: () => void;
}

/** How far a finger must travel sideways to turn a page, in CSS pixels. */
const SWIPE = 50;

function BigPicture({ image }: { readonly image: ImageSource | null }) {
  const src = useImageSrc(image);
  if (!image) return null;
  // The page's words, right below, say what the picture shows.
  return <img className="story-reader__picture" src={src} alt="" draggable={false} />;
}

function ReadAloud({ text, language }: { readonly text: string; readonly language: string }) {
  const { t } = useContentTranslation('stories');
  const { support, isReading, read, stop } = useReadAloud(language);
  if (support === 'checking') return null;
  if (support !== 'voice') return <p className="story-reader__no-voice">{t('reader.noVoice')}</p>;
  return (
    <button
      type="button"
      className="button story-reader__aloud"
      aria-pressed={isReading}
      onClick={() => (isReading ? stop() : read(text))}
    >
      {isReading ? t('reader.stop') : t('reader.readAloud')}
    </button>
  );
}

export function StoryReader({ title, pages, language, onClose }: StoryReaderProps) {
  const { t } = useContentTranslation('stories');
  const { lang, dir } = useContentAttributes();
  const isRtl = dir === 'rtl';
  const isStill = useReducedMotionConfig() === true;
  // Page 0 is the title; the story's pages follow.
  const [shown, setShown] = useState({ index: 0, direction: 1 });
  const total = pages.length + 1;
  const index = Math.min(shown.index, total - 1);
  const page = index === 0 ? null : pages[index - 1];
  const start = useRef<{ x: number; y: number } | null>(null);

  const turn = (by: 1 | -1) =>
    setShown((was) => {
      const next = Math.min(Math.max(Math.min(was.index, total - 1) + by, 0), total - 1);
      return next === was.index ? was : { index: next, direction: by };
    });

  // The keys turn pages wherever focus is on the screen, except while typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const forward = isRtl ? 'ArrowLeft' : 'ArrowRight';
      const back = isRtl ? 'ArrowRight' : 'ArrowLeft';
      if (event.key === forward || event.key === 'PageDown') turn(1);
      else if (event.key === back || event.key === 'PageUp') turn(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const onPointerDown = (event: PointerEvent) => {
    start.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent) => {
    const from = start.current;
    start.current = null;
    if (!from) return;
    const dx = event.clientX - from.x;
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(event.clientY - from.y)) return;
    // A swipe to the left brings the next page (to the right in a right-to-left story).
    turn(dx < 0 !== isRtl ? 1 : -1);
  };

  const words = page ? pageText(page) : title;
  const slide = isStill ? 0 : 120;

  return (
    <section className="story-reader" aria-label={t('reader.label')} lang={lang} dir={dir}>
      <div
        className="story-reader__stage"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (start.current = null)}
      >
        <AnimatePresence mode="wait" initial={false} custom={shown.direction}>
          <m.article
            key={page?.id ?? 'title'}
            className={page ? 'story-reader__page' : 'story-reader__page story-reader__page--title'}
            custom={shown.direction}
            initial={{ x: slide * shown.direction, opacity: isStill ? 1 : 0 }}
            animate={{ x: 0, opacity: 1 }}
            exit={{ x: -slide * shown.direction, opacity: 0 }}
            transition={{ duration: isStill ? 0 : 0.25, ease: 'easeOut' }}
            aria-live="polite"
          >
            {page ? (
              <>
                <BigPicture image={page.picture} />
                <div className="story-reader__words">
                  {page.sentences
                    .filter((s) => s.words.trim() !== '')
                    .map((s) => (
                      <p key={s.id}>{s.words}</p>
                    ))}
                </div>
              </>
            ) : (
              <>
                <BigPicture image={pages[0]?.picture ?? null} />
                <h2 className="story-reader__title">{title}</h2>
              </>
            )}
            {index === total - 1 && total > 1 ? (
              <p className="story-reader__end">{t('reader.end')}</p>
            ) : null}
          </m.article>
        </AnimatePresence>
      </div>
      <p className="story-reader__where" aria-live="polite">
        {t('reader.pageOf', { number: index + 1, total })}
      </p>
      <div className="story-reader__controls">
        <button
          type="button"
          className="button story-reader__turn"
          onClick={() => turn(-1)}
          disabled={index === 0}
        >
          {t('reader.previous')}
        </button>
        <ReadAloud key={index} text={words} language={language} />
        <button
          type="button"
          className="button button--primary story-reader__turn"
          onClick={() => turn(1)}
          disabled={index === total - 1}
        >
          {t('reader.next')}
        </button>
      </div>
      {onClose ? (
        <button type="button" className="button story-reader__close" onClick={onClose}>
          {t('reader.close')}
        </button>
      ) : null}
    </section>
  );
}
