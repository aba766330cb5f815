/**
 * Recording a card's word (issue 14, "Speech"), for languages the tablet has no voice for: record,
 * stop (or it stops by itself), play it back, then keep it or record again; a kept recording can
 * be played or removed. Nothing stored changes until "Keep the recording"; a refused or missing
 * microphone is said plainly and changes nothing.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playSound, stopSound } from '../../lib/play-sound';
import {
  MicrophoneError,
  startRecording,
  type MicrophoneProblem,
  type RecordedSound,
  type Recording,
} from '../../lib/voice-recorder';
import { setCardSound } from '../../storage/card-sound-repo';
import { useMediaBytes } from '../../storage/media-repo';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import './record-word.css';

/** The longest recording: a word or two, never a conversation. */
export const MAX_RECORDING_SECONDS = 10;

export interface RecordWordProps {
  readonly cardId: string;
  readonly isBuiltIn: boolean;
  /** The card's word, as staff see it. */
  readonly label: string;
  /** The content language the word is recorded in. */
  readonly language: string;
  /** The media id of the kept recording, if any. */
  readonly soundMediaId: string | undefined;
  /** The person a personal card belongs to (erasing them takes the recording), or null. */
  readonly ownerId: string | null;
}

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'recording'; readonly recording: Recording }
  | { readonly kind: 'recorded'; readonly take: RecordedSound };

const PROBLEM_WORDS = {
  refused: 'speech.record.refused',
  missing: 'speech.record.missing',
  failed: 'speech.record.failed',
} as const;

export function RecordWord(props: RecordWordProps) {
  const { cardId, isBuiltIn, label, soundMediaId, ownerId } = props;
  const { t } = useTranslation('library');
  const headingId = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [problem, setProblem] = useState<MicrophoneProblem | null>(null);
  const [saveProblem, save] = useSave();
  const kept = useMediaBytes(soundMediaId);
  const live = useRef<Recording | null>(null);

  // Leaving the editor mid-recording lets the microphone go; what was recorded is not kept.
  useEffect(
    () => () => {
      live.current?.stop();
      stopSound();
    },
    [],
  );

  async function record() {
    setProblem(null);
    setStage({ kind: 'starting' });
    try {
      const recording = await startRecording(MAX_RECORDING_SECONDS * 1000);
      live.current = recording;
      setStage({ kind: 'recording', recording });
      const take = await recording.done;
      live.current = null;
      setStage({ kind: 'recorded', take });
    } catch (cause) {
      live.current = null;
      setProblem(cause instanceof MicrophoneError ? cause.problem : 'failed');
      setStage({ kind: 'idle' });
    }
  }

  const keep = (take: RecordedSound) =>
    save(setCardSound(cardId, isBuiltIn, take, ownerId), () => setStage({ kind: 'idle' }));

  return (
    <section className="record-word" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('speech.record.heading')}</h3>
      <p>{t('speech.record.intro', { label })}</p>
      {stage.kind === 'recording' ? (
        <>
          <p role="status">{t('speech.record.recording', { count: MAX_RECORDING_SECONDS })}</p>
          <button type="button" className="button" onClick={() => stage.recording.stop()}>
            {t('speech.record.stop')}
          </button>
        </>
      ) : stage.kind === 'recorded' ? (
        <div className="record-word__actions">
          <button
            type="button"
            className="button"
            onClick={() => void playSound(stage.take.bytes, stage.take.type)}
          >
            {t('speech.record.play')}
          </button>
          <button type="button" className="button" onClick={() => keep(stage.take)}>
            {t('speech.record.keep')}
          </button>
          <button type="button" className="button" onClick={() => void record()}>
            {t('speech.record.again')}
          </button>
        </div>
      ) : (
        <>
          <p>{soundMediaId ? t('speech.record.kept') : t('speech.record.none')}</p>
          <div className="record-word__actions">
            <button
              type="button"
              className="button"
              disabled={stage.kind === 'starting'}
              onClick={() => void record()}
            >
              {t('speech.record.start')}
            </button>
            {soundMediaId && kept ? (
              <>
                <button
                  type="button"
                  className="button"
                  onClick={() => void playSound(kept.bytes, kept.type)}
                >
                  {t('speech.record.play')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => save(setCardSound(cardId, isBuiltIn, null, ownerId))}
                >
                  {t('speech.record.remove')}
                </button>
              </>
            ) : null}
          </div>
        </>
      )}
      {problem ? (
        <p className="field-error" role="alert">
          {t(PROBLEM_WORDS[problem])}
        </p>
      ) : null}
      <SaveProblemNotice problem={saveProblem} />
    </section>
  );
}
