/** Speech is a true edge of the device: jsdom has none, so a small fake stands in for it. */
// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chooseVoice,
  loadVoices,
  speak,
  setSpeechPreferences,
  speechSupportFor,
  stopSpeaking,
  toSentences,
  voicesFor,
  DEFAULT_SPEECH_PREFERENCES,
} from './speech';

const voice = (lang: string, name: string, localService = true) =>
  ({ lang, name, localService, voiceURI: name, default: false }) as SpeechSynthesisVoice;

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

class FakeSynth extends EventTarget {
  speaking = false;
  pending = false;
  voices: SpeechSynthesisVoice[] = [];
  readonly spoken: FakeUtterance[] = [];
  readonly cancel = vi.fn();
  getVoices() {
    return this.voices;
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
  }
}

function installSpeech(voices: SpeechSynthesisVoice[] = []) {
  const synth = new FakeSynth();
  synth.voices = voices;
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}

afterEach(() => {
  setSpeechPreferences(DEFAULT_SPEECH_PREFERENCES);
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('choosing a voice', () => {
  const british = voice('en-GB', 'British');
  const networkUs = voice('en-US', 'Network US', false);
  const localUs = voice('en_US', 'Local US');
  const arabic = voice('ar-SA', 'Arabic');

  it('takes an exact language match first', () => {
    expect(chooseVoice([british, networkUs, arabic], 'en-US')).toBe(networkUs);
    expect(chooseVoice([british, arabic], 'AR-sa')).toBe(arabic);
  });

  it('prefers a voice on the device among the matches, and reads "en_US" as "en-US"', () => {
    expect(chooseVoice([networkUs, localUs], 'en-US')).toBe(localUs);
  });

  it('falls back to the same base language, on the device first', () => {
    expect(chooseVoice([arabic, networkUs, british], 'en')).toBe(british);
    expect(chooseVoice([networkUs], 'en-AU')).toBe(networkUs);
  });

  it('gives nothing when no voice speaks the language', () => {
    expect(chooseVoice([british, arabic], 'fr')).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
  });
});

describe('choosing a voice by language prefix and by choice', () => {
  const saudi = voice('ar-SA', 'Saudi');
  const world = voice('ar-001', 'Arabic World');
  const egypt = voice('ar_EG', 'Egypt');
  const welsh = voice('cy-GB', 'Welsh');
  const english = voice('en-GB', 'British');

  it('matches "ar-001", "ar_EG" and "cy-GB" by their base language', () => {
    expect(chooseVoice([english, world], 'ar')).toBe(world);
    expect(chooseVoice([english, egypt], 'ar-SA')).toBe(egypt);
    expect(chooseVoice([english, welsh], 'cy')).toBe(welsh);
    expect(voicesFor([english, saudi, world, egypt, welsh], 'ar')).toEqual([saudi, world, egypt]);
  });

  it('takes the chosen voice when the device has it and it speaks the language', () => {
    expect(chooseVoice([saudi, world], 'ar', 'Arabic World')).toBe(world);
    expect(chooseVoice([saudi, world], 'ar-SA', 'Arabic World')).toBe(world);
    // Gone from the device, or another language's voice: the best match instead.
    expect(chooseVoice([saudi, world], 'ar', 'Gone')).toBe(saudi);
    expect(chooseVoice([saudi, english], 'ar', 'British')).toBe(saudi);
  });

  it('gives nothing for Welsh when the tablet has no Welsh voice', () => {
    expect(chooseVoice([english, saudi], 'cy', 'Welsh')).toBeUndefined();
  });
});

describe('splitting text into sentences', () => {
  it('splits after sentence ends and at new lines, dropping empty parts', () => {
    expect(toSentences('First, teacher. Then, angry!\n\nAt the end, calm?  ')).toEqual([
      'First, teacher.',
      'Then, angry!',
      'At the end, calm?',
    ]);
    expect(toSentences('مرحبا؟ نعم')).toEqual(['مرحبا؟', 'نعم']);
    expect(toSentences('   ')).toEqual([]);
  });

  it('leaves out the direction marks around typed words, which are layout, not speech', () => {
    expect(
      toSentences('At the end, \u2068At lunch: غاضب.\u2069 Then, \u2068\u202eBob\u2069.'),
    ).toEqual(['At the end, At lunch: غاضب.', 'Then, Bob.']);
  });
});

describe('loading voices and support', () => {
  it('is unsupported without speech synthesis', async () => {
    expect(await speechSupportFor('en')).toBe('unsupported');
    expect(await loadVoices()).toEqual([]);
    expect(await speak('Hello.', 'en')).toBe(false);
  });

  it('has a voice when one matches, and no voice when none does', async () => {
    installSpeech([voice('en-GB', 'British')]);
    expect(await speechSupportFor('en')).toBe('voice');
    expect(await speechSupportFor('ar')).toBe('no-voice');
  });

  it('waits for voices that load late', async () => {
    const synth = installSpeech();
    const loading = speechSupportFor('en');
    synth.voices = [voice('en-GB', 'British')];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(await loading).toBe('voice');
  });

  it('gives up waiting after the timeout: no voice', async () => {
    vi.useFakeTimers();
    installSpeech();
    const loading = loadVoices(300);
    await vi.advanceTimersByTimeAsync(299);
    let isDone = false;
    void loading.then(() => (isDone = true));
    await Promise.resolve();
    expect(isDone).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await loading).toEqual([]);
  });
});

describe('speaking', () => {
  it('speaks sentence by sentence in the chosen voice and language, then resolves', async () => {
    const arabic = voice('ar-SA', 'Arabic');
    const synth = installSpeech([voice('en-GB', 'British'), arabic]);
    const done = speak('أولا. ثم', 'ar');
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice])).toEqual([
      ['أولا.', 'ar-SA', arabic],
      ['ثم', 'ar-SA', arabic],
    ]);
    synth.spoken.forEach((u) => u.onend?.());
    expect(await done).toBe(true);
    expect(synth.cancel).not.toHaveBeenCalled();
  });

  it('still sets the language when there is no voice for it', () => {
    const synth = installSpeech([]);
    void speak('Bonjour.', 'fr');
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice])).toEqual([['Bonjour.', 'fr', null]]);
  });

  it('stops what is being said first, and starts again a moment later', async () => {
    vi.useFakeTimers();
    const synth = installSpeech([voice('en-GB', 'British')]);
    synth.speaking = true;
    void speak('Hello.', 'en');
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    expect(synth.spoken).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(synth.spoken.map((u) => u.text)).toEqual(['Hello.']);
  });

  it('resolves false when the engine fails, and true when stopped', async () => {
    const synth = installSpeech([voice('en-GB', 'British')]);
    const failing = speak('One. Two.', 'en');
    synth.spoken[0]?.onerror?.({ error: 'synthesis-failed' });
    expect(await failing).toBe(false);

    const stopped = speak('Three.', 'en');
    stopSpeaking();
    expect(synth.cancel).toHaveBeenCalled();
    synth.spoken[2]?.onerror?.({ error: 'interrupted' });
    expect(await stopped).toBe(true);
  });

  it('reads at the chosen speed in the chosen voice', () => {
    const saudi = voice('ar-SA', 'Saudi');
    const world = voice('ar-001', 'Arabic World');
    const synth = installSpeech([saudi, world]);
    void speak('Hello.', 'en');
    expect(synth.spoken[0]?.rate).toBe(0.9);
    setSpeechPreferences({ rate: 'slower', voices: { ar: 'Arabic World' } });
    void speak('مرحبا', 'ar-SA');
    expect(synth.spoken.map((u) => [u.rate, u.voice, u.lang])[1]).toEqual([0.7, world, 'ar-001']);
    void speak('مرحبا', 'ar', { rate: 'faster', voiceURI: 'Saudi' });
    expect(synth.spoken.map((u) => [u.rate, u.voice])[2]).toEqual([1.1, saudi]);
  });

  it('has nothing to say for empty text', async () => {
    const synth = installSpeech([voice('en-GB', 'British')]);
    expect(await speak('  ', 'en')).toBe(true);
    expect(synth.spoken).toEqual([]);
  });
});
