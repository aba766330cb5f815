/**
 * Choosing a picture while editing (a plan item, a story page): find a library picture by its
 * word, or one of the person's own photos, or none.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureOption } from '../domain/picture-options';
import type { ImageSource } from '../domain/types';
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
}: {
  readonly options: readonly PictureOption[];
  readonly onChoose: (image: ImageSource | null) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const wanted = folded(query.trim());
  const found = options
    .filter((o) => wanted === '' || folded(o.label).includes(wanted))
    .slice(0, MOST_SHOWN);
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
        <li>
          <button type="button" className="choice-toggle" onClick={() => onChoose(null)}>
            {t('pictureChooser.none')}
          </button>
        </li>
        {found.map((option) => (
          <li key={option.key}>
            <button type="button" className="choice-toggle" onClick={() => onChoose(option.image)}>
              <ImagePicture image={option.image} label={option.label} size="small" />
            </button>
          </li>
        ))}
      </ul>
      {found.length === 0 ? <p className="empty">{t('pictureChooser.noneFound')}</p> : null}
    </div>
  );
}
