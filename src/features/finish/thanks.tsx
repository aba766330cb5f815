import { useContentTranslation } from '../../i18n/content-language';
import type { ImageSource } from '../../domain/types';
import { ImagePicture } from '../../ui/image-picture';

export interface ThanksProps {
  /** The positive activity chosen on "Something good together", if any. */
  readonly activity: { readonly label: string; readonly image: ImageSource | null } | null;
  readonly language: string;
}

/** Thanks and reassurance for the individual: calm words, no blame. */
export function Thanks({ activity, language }: ThanksProps) {
  const { t } = useContentTranslation('finish');
  return (
    <div className="finish__thanks">
      <p>{t('thanks.telling')}</p>
      <p>{t('thanks.didWell')}</p>
      <p>{t('thanks.tryHelp')}</p>
      {activity ? (
        <div className="finish__activity">
          <span lang={language}>
            <ImagePicture label={activity.label} image={activity.image} size="small" />
          </span>
          <p>{t('thanks.next', { activity: activity.label })}</p>
        </div>
      ) : null}
    </div>
  );
}
