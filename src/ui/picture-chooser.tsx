/**
 * Choosing a picture while editing (a plan item, a story page): find a library picture by its
 * word, or one of the person's own photos, or none; and, once a word is typed, any symbol of the
 * whole set by that word, after the library's.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureOption } from '../domain/picture-options';
import type { ImageSource } from '../domain/types';
import { useSymbolSearch } from '../lib/use-symbol-search';
import { ImagePicture } from './image-picture';
import './picture-chooser.css';

const MOST_SHOWN = 24;

/** Lower case without accents, so "cafe" finds "café". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function PictureChooser({
  options,
  onChoose,
  isNoneOffered = true,
}: {
  readonly options: readonly PictureOption[];
  readonly onChoose: (image: ImageSource | null) => void;
  /** Whether "no picture" is a choice (a card always has one). */
  readonly isNoneOffered?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const wanted = folded(query.trim());
  const found = options
    .filter((o) => wanted === '' || folded(o.label).includes(wanted))
    .slice(0, MOST_SHOWN);
  // The whole set answers only a typed word, and never repeats a library picture.
  const inLibrary = new Set(found.map((o) => (o.image.kind === 'symbol' ? o.image.symbol : '')));
  const search = useSymbolSearch(i18n.language, wanted === '' ? '' : query, MOST_SHOWN);
  const fromSet =
    search.status === 'ready' ? search.results.filter((s) => !inLibrary.has(s.hexcode)) : [];
  return (
    <div className="picture-chooser">
      <label htmlFor={searchId}>{t('pictureChooser.find')}</label>
      <input
        id={searchId}
        type="search"
        value={query}
        dir="auto"
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="picture-chooser__grid" aria-label={t('pictureChooser.pictures')}>
        {isNoneOffered ? (
          <li>
            <button type="button" className="choice-toggle" onClick={() => onChoose(null)}>
              {t('pictureChooser.none')}
            </button>
          </li>
        ) : null}
        {found.map((option) => (
          <li key={option.key}>
            <button type="button" className="choice-toggle" onClick={() => onChoose(option.image)}>
              <ImagePicture image={option.image} label={option.label} size="small" />
            </button>
          </li>
        ))}
        {fromSet.map((symbol) => (
          <li key={`set-${symbol.hexcode}`}>
            <button
              type="button"
              className="choice-toggle"
              onClick={() => onChoose({ kind: 'symbol', symbol: symbol.hexcode })}
            >
              <ImagePicture
                image={{ kind: 'symbol', symbol: symbol.hexcode }}
                label={symbol.name}
                size="small"
              />
            </button>
          </li>
        ))}
      </ul>
      {found.length === 0 && fromSet.length === 0 ? (
        <p className="empty">{t('pictureChooser.noneFound')}</p>
      ) : null}
    </div>
  );
}
