/**
 * Settings → Speech: how fast cards are read aloud, and which of this tablet's voices reads each
 * content language (voices matched by base language, so "ar-001" serves Arabic), with "Try it".
 * A language with no voice says so, and that staff can record words in the Library.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { speak, voicesFor } from '../../lib/speech';
import { useVoices } from '../../lib/use-voices';
import {
  DEFAULT_SPEECH_SETTINGS,
  SPEECH_RATE_CHOICES,
  setSpeechRate,
  setSpeechVoice,
  useSpeechSettings,
  type SpeechSettings,
} from '../../storage/speech-settings-repo';
import { useSave, type Save } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import './speech-section.css';

const CONTENT_LANGUAGES = ['en', 'es', 'pl', 'cy', 'ar'] as const;
type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

const BEST = '';

interface LanguageVoiceProps {
  readonly language: ContentLanguage;
  readonly voices: readonly SpeechSynthesisVoice[];
  readonly settings: SpeechSettings;
  readonly save: Save;
}

function LanguageVoice({ language, voices, settings, save }: LanguageVoiceProps) {
  const { t } = useTranslation('library');
  const selectId = useId();
  const name = t(`languages.${language}`);
  const matching = voicesFor(voices, language);
  const chosen = settings.voices[language] ?? BEST;
  if (matching.length === 0) {
    return (
      <p className="speech-settings__none">{t('speech.settings.noVoice', { language: name })}</p>
    );
  }
  return (
    <div className="speech-settings__voice">
      <label htmlFor={selectId}>{t('speech.settings.voiceFor', { language: name })}</label>
      <select
        id={selectId}
        value={matching.some((v) => v.voiceURI === chosen) ? chosen : BEST}
        onChange={(event) => {
          const uri = event.target.value;
          save(setSpeechVoice(language, uri === BEST ? null : uri));
        }}
      >
        <option value={BEST}>{t('speech.settings.bestVoice')}</option>
        {matching.map((voice) => (
          <option key={voice.voiceURI} value={voice.voiceURI}>
            {voice.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        aria-label={t('speech.settings.tryIn', { language: name })}
        onClick={() => {
          const voiceURI = chosen === BEST ? undefined : chosen;
          void speak(name, language, { rate: settings.rate, ...(voiceURI ? { voiceURI } : {}) });
        }}
      >
        {t('speech.settings.tryIt')}
      </button>
    </div>
  );
}

export function SpeechSection() {
  const { t } = useTranslation('library');
  const [saveProblem, save] = useSave();
  const settings = useSpeechSettings() ?? DEFAULT_SPEECH_SETTINGS;
  // Unknown until the tablet lists them: no language is said to have no voice before that.
  const voices = useVoices();
  const id = useId();
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="panel speech-settings">
      <h2 id={headingId}>{t('speech.settings.heading')}</h2>
      <p>{t('speech.settings.intro')}</p>
      <fieldset className="speech-settings__speed">
        <legend>{t('speech.settings.speed')}</legend>
        {SPEECH_RATE_CHOICES.map((rate) => (
          <label key={rate} className="speech-settings__rate">
            <input
              type="radio"
              name={headingId}
              value={rate}
              checked={settings.rate === rate}
              onChange={() => save(setSpeechRate(rate))}
            />
            {t(`speech.settings.${rate}`)}
          </label>
        ))}
      </fieldset>
      {voices === undefined
        ? null
        : CONTENT_LANGUAGES.map((language) => (
            <LanguageVoice
              key={language}
              language={language}
              voices={voices}
              settings={settings}
              save={save}
            />
          ))}
      <SaveProblemNotice problem={saveProblem} />
    </section>
  );
}
