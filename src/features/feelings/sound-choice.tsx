import { useContentTranslation } from '../../i18n/content-language';
import { playFeelingSound, SOUND_IDS, type FeelingSoundId } from '../../lib/feeling-sounds';

export interface SoundChoiceProps {
  readonly soundId: string | null;
  /** Called with the sound tapped; the step decides that tapping the chosen one clears it. */
  readonly onChoose: (soundId: FeelingSoundId) => void;
}

/** One toggle per built-in sound: a tap plays it and chooses it; tapping the chosen one clears it. */
export function SoundChoice({ soundId, onChoose }: SoundChoiceProps) {
  const { t } = useContentTranslation('feelings');
  const choose = (id: FeelingSoundId) => {
    if (id !== soundId) playFeelingSound(id);
    onChoose(id);
  };
  return (
    <div className="feelings__extra">
      <p className="feelings__quiet">{t('sound.hint')}</p>
      <ul className="feelings__sounds" aria-label={t('sound.heading')}>
        {SOUND_IDS.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="button button--quiet feelings__sound"
              aria-pressed={id === soundId}
              onClick={() => choose(id)}
            >
              {t(`sound.${id}`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
