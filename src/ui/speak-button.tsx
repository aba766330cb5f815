/**
 * A speaker button that says a card's word in the content language: its recording when staff
 * made one, else the tablet's voice. When neither exists it says so calmly, beside the button.
 * Not for the Together tray, whose pictures are buttons named exactly by their label.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stopSaying } from '../lib/say-word';
import { useMediaBytes, type StoredBytes } from '../storage/media-repo';
import { Icon } from './icons';
import { sayCard, type SayableCard } from './say-card';
import './speak-button.css';

const NAMED_LANGUAGES = ['en', 'es', 'pl', 'cy', 'ar'] as const;

/** A language's own name ("Cymraeg") for the note, from the library's words when it has one. */
function useLanguageName(language: string): string {
  const { t } = useTranslation('library');
  const base = language.split('-')[0] ?? language;
  const named = NAMED_LANGUAGES.find((code) => code === base);
  if (named) return t(`languages.${named}`);
  try {
    return new Intl.DisplayNames([base], { type: 'language' }).of(base) ?? base;
  } catch {
    return base;
  }
}

export interface SpeakButtonProps {
  readonly card: SayableCard;
  /** The content language the word is in. */
  readonly language: string;
  readonly className?: string;
}

/**
 * A card with a recording reads it ahead, so it starts inside the tap (tablets block sound
 * started later); a card without one reads nothing, so a board of thousands of cards does not
 * watch the media table thousands of times.
 */
export function SpeakButton(props: SpeakButtonProps) {
  return props.card.sound ? (
    <RecordedSpeakButton {...props} />
  ) : (
    <Speaker {...props} recording={null} />
  );
}

function RecordedSpeakButton(props: SpeakButtonProps) {
  const recording = useMediaBytes(props.card.sound);
  return <Speaker {...props} recording={recording} />;
}

function Speaker({
  card,
  language,
  className,
  recording,
}: SpeakButtonProps & { readonly recording: StoredBytes | null | undefined }) {
  const { t } = useTranslation('library');
  const languageName = useLanguageName(language);
  const [state, setState] = useState<'idle' | 'saying' | 'no-voice'>('idle');
  const turn = useRef(0);

  function say() {
    turn.current += 1;
    const mine = turn.current;
    if (state === 'saying') {
      stopSaying();
      setState('idle');
      return;
    }
    setState('saying');
    void sayCard(card, language, recording).then((saidWith) => {
      if (turn.current === mine) setState(saidWith === 'no-voice' ? 'no-voice' : 'idle');
    });
  }

  return (
    <span className={`speak-button ${className ?? ''}`}>
      <button
        type="button"
        className="icon-button speak-button__button"
        aria-label={t('speech.hear', { label: card.label })}
        data-saying={state === 'saying'}
        onClick={say}
      >
        <Icon name="speaker" />
      </button>
      {state === 'no-voice' ? (
        <span className="speak-button__note" role="status">
          {t('speech.noVoice', { language: languageName })}
        </span>
      ) : null}
    </span>
  );
}
