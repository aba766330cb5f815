/**
 * Choosing an item's picture while editing the plan: find a library picture by its word, or one
 * of the person's own photos, or none. The words of the item stay the item's name.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageSource } from '../../domain/types';
import { ImagePicture } from '../../ui/image-picture';

export interface PictureOption {
  readonly key: string;
  readonly label: string;
  readonly image: ImageSource;
}

const MOST_SHOWN = 24;

/** Lower case without accents, so "cafe" finds "café". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function ItemPictureChooser({
  options,
  onChoose,
}: {
  readonly options: readonly PictureOption[];
  readonly onChoose: (image: ImageSource | null) => void;
}) {
  const { t } = useTranslation('plan');
  const [query, setQuery] = useState('');
  const searchId = useId();
  const wanted = folded(query.trim());
  const found = options
    .filter((o) => wanted === '' || folded(o.label).includes(wanted))
    .slice(0, MOST_SHOWN);
  return (
    <div className="plan-picture-chooser">
      <label htmlFor={searchId}>{t('edit.findPicture')}</label>
      <input
        id={searchId}
        type="search"
        value={query}
        dir="auto"
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="plan-picture-chooser__grid" aria-label={t('edit.pictures')}>
        <li>
          <button type="button" className="choice-toggle" onClick={() => onChoose(null)}>
            {t('edit.noPicture')}
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
      {found.length === 0 ? <p className="empty">{t('edit.noPictureFound')}</p> : null}
    </div>
  );
}
