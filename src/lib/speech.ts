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

/**
 * The best voice for a language: an exact match, then the same base language, preferring voices
 * on the device (a network voice fails offline), then any. Undefined when none speaks it.
 */
export function chooseVoice(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
): SpeechSynthesisVoice | undefined {
  const wanted = language.toLowerCase();
  const base = wanted.split('-')[0] ?? wanted;
  const byLocal = (list: SpeechSynthesisVoice[]) => list.find((v) => v.localService) ?? list[0];
  const exact = voices.filter((v) => v.lang.toLowerCase().replace('_', '-') === wanted);
  const sameBase = voices.filter(
    (v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base,
  );
  return byLocal(exact) ?? byLocal(sameBase);
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
  return chooseVoice(await loadVoices(), language) ? 'voice' : 'no-voice';
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

/**
 * Speaks text in a language; resolves when done (or at once when speech is unavailable, false).
 * A new call stops what is being said first.
 */
export function speak(text: string, language: string): Promise<boolean> {
  const speech = synth();
  if (!speech || typeof SpeechSynthesisUtterance === 'undefined') return Promise.resolve(false);
  const voice = chooseVoice(speech.getVoices(), language);
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
      utterance.rate = 0.9;
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
