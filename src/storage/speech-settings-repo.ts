/**
 * Settings → Speech, kept in the `settings` table (keys in preference-keys.ts: never rename one
 * without a migration). Values are checked on every read, so a bad stored value falls back to
 * the default instead of reaching the speaking code.
 */
import { useLiveQuery } from './live-query';
import { db } from './database';
import { SPEECH_RATE_KEY, SPEECH_VOICES_KEY } from './preference-keys';
import { writeTransaction } from './protection';

export const SPEECH_RATE_CHOICES = ['slower', 'normal', 'faster'] as const;
export type SpeechRateChoice = (typeof SPEECH_RATE_CHOICES)[number];

export interface SpeechSettings {
  readonly rate: SpeechRateChoice;
  /** The chosen voice (voiceURI) per base language; a language left out uses the best voice. */
  readonly voices: Readonly<Record<string, string>>;
}

export const DEFAULT_SPEECH_SETTINGS: SpeechSettings = { rate: 'normal', voices: {} };

function rateOf(value: unknown): SpeechRateChoice {
  return SPEECH_RATE_CHOICES.find((choice) => choice === value) ?? 'normal';
}

function voicesOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  const voices: Record<string, string> = {};
  for (const [language, uri] of Object.entries(value)) {
    if (typeof uri === 'string' && uri !== '') voices[language] = uri;
  }
  return voices;
}

export async function readSpeechSettings(): Promise<SpeechSettings> {
  const [rate, voices] = await db.settings.bulkGet([SPEECH_RATE_KEY, SPEECH_VOICES_KEY]);
  return { rate: rateOf(rate?.value), voices: voicesOf(voices?.value) };
}

/** The speech settings; undefined while loading. */
export function useSpeechSettings(): SpeechSettings | undefined {
  return useLiveQuery(readSpeechSettings);
}

export async function setSpeechRate(rate: SpeechRateChoice): Promise<void> {
  await db.settings.put({ key: SPEECH_RATE_KEY, value: rate });
}

/** Chooses a language's voice (by its voiceURI); null goes back to the best voice. */
export async function setSpeechVoice(language: string, voiceURI: string | null): Promise<void> {
  await writeTransaction([db.settings], async () => {
    const others = Object.entries(
      voicesOf((await db.settings.get(SPEECH_VOICES_KEY))?.value),
    ).filter(([code]) => code !== language);
    const voices = Object.fromEntries(
      voiceURI === null ? others : [...others, [language, voiceURI]],
    );
    await db.settings.put({ key: SPEECH_VOICES_KEY, value: voices });
  });
}
