import { useTranslation } from 'react-i18next';
import { useCalmSound } from './use-calm-sound';

/** Plays or stops the calm sound; hidden on a device without Web Audio. */
export function CalmSoundToggle() {
  const { t } = useTranslation('break');
  const sound = useCalmSound();
  if (!sound.isSupported) return null;
  return (
    <button type="button" className="button button--quiet" onClick={sound.toggle}>
      {sound.isPlaying ? t('sound.stop') : t('sound.play')}
    </button>
  );
}
