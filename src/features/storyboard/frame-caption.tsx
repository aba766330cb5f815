import { useContentTranslation } from '../../i18n/content-language';
import { MAX_CAPTION_LENGTH } from '../../domain/storyboard';
import { SavedTextField } from '../../ui/saved-text-field';

export interface FrameCaptionProps {
  readonly frameId: string;
  readonly caption: string;
  readonly number: number;
  readonly onChange: (frameId: string, caption: string) => void;
}

/** The optional words under a step, saved as they are typed. */
export function FrameCaption({ frameId, caption, number, onChange }: FrameCaptionProps) {
  const { t } = useContentTranslation();
  return (
    <SavedTextField
      className="frame__caption"
      label={t('story.caption', { number })}
      isLabelHidden
      placeholder={t('story.captionPlaceholder')}
      maxLength={MAX_CAPTION_LENGTH}
      value={caption}
      onSave={(value) => onChange(frameId, value)}
    />
  );
}
