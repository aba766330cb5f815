import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CAPTION_LENGTH } from '../../domain/storyboard';

export interface FrameCaptionProps {
  readonly frameId: string;
  readonly caption: string;
  readonly number: number;
  readonly onChange: (frameId: string, caption: string) => void;
}

/**
 * The optional words under a step. Every keystroke is saved; the field keeps its own text while
 * focused so a slower database echo never moves the caret, and takes the stored text otherwise.
 */
export function FrameCaption({ frameId, caption, number, onChange }: FrameCaptionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(caption);
  const [isEditing, setEditing] = useState(false);
  return (
    <input
      className="frame__caption"
      type="text"
      aria-label={t('story.caption', { number })}
      placeholder={t('story.captionPlaceholder')}
      maxLength={MAX_CAPTION_LENGTH}
      value={isEditing ? draft : caption}
      onFocus={() => {
        setDraft(caption);
        setEditing(true);
      }}
      onBlur={() => setEditing(false)}
      onChange={(event) => {
        setDraft(event.target.value);
        onChange(frameId, event.target.value);
      }}
    />
  );
}
