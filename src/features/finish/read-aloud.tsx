import { useContentTranslation } from '../../i18n/content-language';
import { useReadAloud } from '../../lib/use-read-aloud';

export interface ReadAloudButtonProps {
  /** The whole story as sentences, in the person's language. */
  readonly text: string;
  readonly language: string;
}

/**
 * "Read the story aloud", or "Stop reading" while it reads. Without a voice for the person's
 * language it says so calmly and invites reading together instead: never an error.
 */
export function ReadAloudButton({ text, language }: ReadAloudButtonProps) {
  const { t } = useContentTranslation('finish');
  const { support, isReading, read, stop } = useReadAloud(language);
  if (text === '' || support === 'checking') return null;
  if (support !== 'voice') return <p className="finish__no-voice">{t('read.noVoice')}</p>;
  return (
    <button
      type="button"
      className="button finish__read"
      onClick={() => (isReading ? stop() : read(text))}
    >
      {isReading ? t('read.stop') : t('read.start')}
    </button>
  );
}
