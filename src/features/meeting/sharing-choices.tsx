import { useTranslation } from 'react-i18next';
import type { ShareItem } from '../../domain/types';
import './meeting.css';

export interface SharingChoicesProps {
  /** The person whose talk it is. */
  readonly name: string;
  /** What their talk holds that could be shared, in order. */
  readonly items: readonly ShareItem[];
  readonly shared: readonly ShareItem[];
  readonly onChange: (item: ShareItem, isShared: boolean) => void;
}

/**
 * "What … agrees to share": one box per item of their own talk. Nothing is ticked until the
 * person agrees; only what is ticked is shown in a meeting together. Staff-only.
 */
export function SharingChoices({ name, items, shared, onChange }: SharingChoicesProps) {
  const { t } = useTranslation('incident');
  if (items.length === 0) return <p className="field-hint">{t('meeting.share.nothing', { name })}</p>;
  return (
    <fieldset className="meeting__share">
      <legend>{t('meeting.share.heading', { name })}</legend>
      <p className="field-hint">{t('meeting.share.hint', { name })}</p>
      {items.map((item) => (
        <label key={item} className="check">
          <input
            type="checkbox"
            checked={shared.includes(item)}
            onChange={(e) => onChange(item, e.target.checked)}
          />
          <span>{t(`meeting.share.items.${item}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
