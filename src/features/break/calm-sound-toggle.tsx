import { useContentTranslation } from '../../i18n/content-language';
import { useCalmSound } from './use-calm-sound';

/** Plays or stops the calm sound; hidden on a device without Web Audio. */
export function CalmSoundToggle() {
  const { t } = useContentTranslation('break');
  const sound = useCalmSound();
  if (!sound.isSupported) return null;
  return (
    <button type="button" className="button button--quiet" onClick={sound.toggle}>
      {sound.isPlaying ? t('sound.stop') : t('sound.play')}
    </button>
  );
}
