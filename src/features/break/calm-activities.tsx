import { useContentTranslation } from '../../i18n/content-language';
import type { ProfileCard } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { ImagePicture } from '../../ui/image-picture';
import { Picture } from '../../ui/picture';

export interface CalmActivitiesProps {
  /** What calms this person, from their profile; none shows a few gentle defaults. */
  readonly cards: readonly ProfileCard[];
  /** The person's content language, for their own words. */
  readonly language: string;
}

/** Symbols from the starter set, so they are always on the device. */
const DEFAULTS = [
  { id: 'drink', symbol: '1F964' },
  { id: 'music', symbol: '1F3B5' },
  { id: 'toy', symbol: '1F9F8' },
] as const;

export function CalmActivities({ cards, language }: CalmActivitiesProps) {
  const { t } = useContentTranslation('break');
  const isOwn = cards.length > 0;
  return (
    <section className="calm-activities" aria-labelledby="calm-activities-heading">
      <h2 id="calm-activities-heading">{t('activities.heading')}</h2>
      <ul data-scan-group="" className="calm-activities__list" lang={isOwn ? language : undefined}>
        {isOwn
          ? cards.map((card) => (
              <li key={card.id}>
                <ImagePicture image={card.image} label={card.text} size="large" />
              </li>
            ))
          : DEFAULTS.map(({ id, symbol }) => (
              <li key={id}>
                <Picture src={symbolUrl(symbol)} label={t(`activities.${id}`)} size="large" />
              </li>
            ))}
      </ul>
    </section>
  );
}
