/**
 * A story on paper (issue 12): the title page, then each page with its big picture, words and
 * number; one page per sheet, or a folded booklet (two pages to a landscape side, in folding
 * order). Everything it shows is already on the tablet, so it prints offline.
 */
import { useTranslation } from 'react-i18next';
import { bookletSides } from '../../domain/story-print';
import type { ImageSource, StoryPage, StoryPrintLayout } from '../../domain/types';
import { useImageSrc } from '../../ui/image-picture';
import './stories.css';

interface Printed {
  readonly key: string;
  readonly picture: ImageSource | null;
  readonly title?: string;
  readonly words: readonly string[];
  /** The story page's number; the title page has none. */
  readonly number: number | null;
}

function PrintedPicture({ image }: { readonly image: ImageSource | null }) {
  const src = useImageSrc(image);
  return image ? <img src={src} alt="" /> : null;
}

function PrintedPage({ page }: { readonly page: Printed }) {
  const { t } = useTranslation('stories');
  return (
    <article className="story-print__page">
      <PrintedPicture image={page.picture} />
      {page.title !== undefined ? <h2 className="story-print__title">{page.title}</h2> : null}
      {page.words.map((w, i) => (
        <p key={i}>{w}</p>
      ))}
      {page.number !== null ? (
        <span className="story-print__number">
          {t('print.pageNumber', { number: page.number })}
        </span>
      ) : null}
    </article>
  );
}

export function StoryPrintView({
  title,
  pages,
  layout,
  language,
}: {
  readonly title: string;
  readonly pages: readonly StoryPage[];
  readonly layout: StoryPrintLayout;
  readonly language: string;
}) {
  const printed: Printed[] = [
    { key: 'title', picture: pages[0]?.picture ?? null, title, words: [], number: null },
    ...pages.map((page, i) => ({
      key: page.id,
      picture: page.picture,
      words: page.sentences.map((s) => s.words.trim()).filter((w) => w !== ''),
      number: i + 1,
    })),
  ];
  if (layout === 'pages') {
    return (
      <div className="story-print__sheet" lang={language} dir="auto">
        {printed.map((page) => (
          <PrintedPage key={page.key} page={page} />
        ))}
      </div>
    );
  }
  return (
    <div className="story-print__sheet" lang={language} dir="auto">
      {bookletSides(printed.length).map(([left, right], side) => (
        <div key={side} className="story-print__side">
          {[left, right].map((index, i) => {
            const page = index === null ? undefined : printed[index];
            return page ? (
              <PrintedPage key={page.key} page={page} />
            ) : (
              <div key={`blank-${i}`} className="story-print__blank" />
            );
          })}
        </div>
      ))}
    </div>
  );
}
