/**
 * Says a card's word: its own recording when it has one (staff recorded it, often because the
 * tablet has no voice for the language), else the tablet's voice, else nothing — and says which,
 * so the screen can give a calm note when neither exists.
 */
import { playSound, stopSound } from './play-sound';
import { currentVoiceFor, loadVoices, speak, stopSpeaking } from './speech';

export type SaidWith = 'recording' | 'voice' | 'no-voice';

export interface Recording {
  readonly bytes: Uint8Array;
  readonly type: string;
}

/** Says a word; resolves when it has been said, with what said it. Call inside the tap. */
export async function sayWord(
  label: string,
  language: string,
  recording: Recording | null,
): Promise<SaidWith> {
  stopSound();
  // speak() stops earlier speech itself (and waits a moment after, as Chrome needs).
  if (recording) stopSpeaking();
  // A recording that will not play (a format this browser lacks) falls back to the voice.
  if (recording && (await playSound(recording.bytes, recording.type))) return 'recording';
  const voice = currentVoiceFor(await loadVoices(), language);
  if (!voice) return 'no-voice';
  return (await speak(label, language)) ? 'voice' : 'no-voice';
}

/** Stops a word being said, recorded or spoken. */
export function stopSaying(): void {
  stopSound();
  stopSpeaking();
}
