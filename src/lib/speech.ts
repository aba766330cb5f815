/**
 * Reads words aloud with the Web Speech API, offline voices first. Known quirks handled here
 * (see the libraries notes, "Text-to-speech on tablets"): voices load late, `speak()` straight
 * after `cancel()` is dropped by Chrome, long utterances stop after ~15 s (so text is spoken in
 * short sentences), and speech must start inside a tap.
 */

export type SpeechSupport = 'voice' | 'no-voice' | 'unsupported';

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

/** A voice's language as "ar-001", "en-us" or "cy-gb": lower case, "_" read as "-". */
function tagOf(lang: string): string {
  return lang.toLowerCase().replaceAll('_', '-');
}

/** Whether a voice speaks a language, by its base ("ar" matches "ar-SA", "ar-001" and "ar_EG"). */
export function speaksLanguage(voice: SpeechSynthesisVoice, language: string): boolean {
  const base = tagOf(language).split('-')[0] ?? '';
  return tagOf(voice.lang).split('-')[0] === base;
}

/** The device's voices for a language (matched by base language), for a choice in Settings. */
export function voicesFor(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
): SpeechSynthesisVoice[] {
  return voices.filter((v) => speaksLanguage(v, language));
}

/**
 * The voice for a language: the one chosen in Settings (by voiceURI) when this device has it
 * and it speaks the language; else the best: an exact match, then the same base language,
 * preferring voices on the device (a network voice fails offline), then any. Undefined when none
 * speaks it.
 */
export function chooseVoice(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
  chosenURI?: string,
): SpeechSynthesisVoice | undefined {
  const sameBase = voicesFor(voices, language);
  const chosen = chosenURI ? sameBase.find((v) => v.voiceURI === chosenURI) : undefined;
  if (chosen) return chosen;
  const wanted = tagOf(language);
  const byLocal = (list: SpeechSynthesisVoice[]) => list.find((v) => v.localService) ?? list[0];
  return byLocal(sameBase.filter((v) => tagOf(v.lang) === wanted)) ?? byLocal(sameBase);
}

/** How fast words are read: the choices in Settings. */
export const SPEECH_RATES = { slower: 0.7, normal: 0.9, faster: 1.1 } as const;
export type SpeechRate = keyof typeof SPEECH_RATES;

export interface SpeechPreferences {
  readonly rate: SpeechRate;
  /** The chosen voice (voiceURI) per base language ("ar", "cy"); absent: the best one. */
  readonly voices: Readonly<Record<string, string>>;
}

export const DEFAULT_SPEECH_PREFERENCES: SpeechPreferences = { rate: 'normal', voices: {} };

/**
 * The preferences every speak() uses unless told otherwise. The app keeps them in step with
 * what is stored (Settings → Speech), so callers need not pass them.
 */
let preferences: SpeechPreferences = DEFAULT_SPEECH_PREFERENCES;

export function setSpeechPreferences(next: SpeechPreferences): void {
  preferences = next;
}

/** The stored choice of voice for a language, looked up by its base language. */
export function chosenVoiceURI(language: string, from = preferences): string | undefined {
  return from.voices[tagOf(language).split('-')[0] ?? ''];
}

/** The voice speak() would use for a language now; undefined when none speaks it. */
export function currentVoiceFor(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
): SpeechSynthesisVoice | undefined {
  return chooseVoice(voices, language, chosenVoiceURI(language));
}

/** Voices, waiting up to `timeoutMs` for them to load (they often arrive after the first call). */
export function loadVoices(timeoutMs = 800): Promise<readonly SpeechSynthesisVoice[]> {
  const speech = synth();
  if (!speech) return Promise.resolve([]);
  const now = speech.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      speech.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(speech.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    speech.addEventListener('voiceschanged', done);
  });
}

/** Whether this device can read aloud in a language: with a voice, without one, or not at all. */
export async function speechSupportFor(language: string): Promise<SpeechSupport> {
  if (!synth() || typeof SpeechSynthesisUtterance === 'undefined') return 'unsupported';
  return currentVoiceFor(await loadVoices(), language) ? 'voice' : 'no-voice';
}

/**
 * Splits text into short sentences so no single utterance runs long. Direction marks (the
 * isolates around typed words, i18n/isolate-direction.ts) only shape how text is laid out, so
 * they are left out of what is spoken.
 */
export function toSentences(text: string): string[] {
  return text
    .replace(/\p{Bidi_Control}/gu, '')
    .split(/(?<=[.!?؟。])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Utterances queued or being spoken. Chrome can garbage-collect an utterance nothing else holds,
 * and then its end event never fires (so speak() would never resolve): keep them until done.
 */
const inFlight = new Set<SpeechSynthesisUtterance>();

export interface SpeakOptions {
  readonly rate?: SpeechRate;
  /** A voice to use when this device has it and it speaks the language ("Try it" in Settings). */
  readonly voiceURI?: string;
}

/**
 * Speaks text in a language; resolves when done (or at once when speech is unavailable, false).
 * A new call stops what is being said first. Rate and voice come from the preferences unless
 * given.
 */
export function speak(
  text: string,
  language: string,
  options: SpeakOptions = {},
): Promise<boolean> {
  const speech = synth();
  if (!speech || typeof SpeechSynthesisUtterance === 'undefined') return Promise.resolve(false);
  const voiceURI = options.voiceURI ?? chosenVoiceURI(language);
  const voice = chooseVoice(speech.getVoices(), language, voiceURI);
  const rate = SPEECH_RATES[options.rate ?? preferences.rate];
  const sentences = toSentences(text);
  if (sentences.length === 0) return Promise.resolve(true);
  const isBusy = speech.speaking || speech.pending;
  if (isBusy) speech.cancel();
  return new Promise((resolve) => {
    let left = sentences.length;
    const utterances = sentences.map((sentence) => {
      const utterance = new SpeechSynthesisUtterance(sentence);
      // Always set the language, even with a voice: some engines read by it.
      utterance.lang = voice?.lang ?? language;
      if (voice) utterance.voice = voice;
      utterance.rate = rate;
      inFlight.add(utterance);
      const finish = (isSpoken: boolean) => {
        inFlight.delete(utterance);
        left -= 1;
        if (left === 0 || !isSpoken) resolve(isSpoken);
      };
      utterance.onend = () => finish(true);
      utterance.onerror = (event) =>
        finish(event.error === 'interrupted' || event.error === 'canceled');
      return utterance;
    });
    const start = () => utterances.forEach((u) => speech.speak(u));
    // Chrome drops a speak() made straight after cancel(): start on the next tick then.
    if (isBusy) setTimeout(start, 50);
    else start();
  });
}

/** Stops any speech. */
export function stopSpeaking(): void {
  synth()?.cancel();
}
