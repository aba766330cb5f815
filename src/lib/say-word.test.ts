/** Sound and speech are true edges of the device: jsdom has neither, so fakes stand in. */
// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sayWord } from './say-word';

const voice = (lang: string, name: string) =>
  ({ lang, name, localService: true, voiceURI: name, default: false }) as SpeechSynthesisVoice;

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

const spoken: FakeUtterance[] = [];

function installVoices(voices: SpeechSynthesisVoice[]) {
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    cancel: vi.fn(),
    getVoices: () => voices,
    speak: (u: FakeUtterance) => {
      spoken.push(u);
      queueMicrotask(() => u.onend?.());
    },
  });
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
}

const played: string[] = [];
let isPlayable = true;

class FakeAudio {
  onended: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly src: string) {}
  play() {
    if (!isPlayable) return Promise.reject(new Error('NotSupportedError'));
    played.push(this.src);
    queueMicrotask(() => this.onended?.());
    return Promise.resolve();
  }
  pause() {}
}

const revoked: string[] = [];

beforeEach(() => {
  spoken.length = 0;
  played.length = 0;
  revoked.length = 0;
  isPlayable = true;
  vi.stubGlobal('Audio', FakeAudio);
  URL.createObjectURL = () => 'blob:recording';
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const recording = { bytes: new Uint8Array([1, 2, 3]), type: 'audio/webm' };

describe('saying a word', () => {
  it('plays the recording rather than the voice, and lets go of its address after', async () => {
    installVoices([voice('en-GB', 'British')]);
    expect(await sayWord('angry', 'en', recording)).toBe('recording');
    expect(played).toEqual(['blob:recording']);
    expect(revoked).toEqual(['blob:recording']);
    expect(spoken).toEqual([]);
  });

  it('uses the voice when there is no recording, matched by language prefix', async () => {
    const arabic = voice('ar-001', 'Arabic');
    installVoices([voice('en-GB', 'British'), arabic]);
    expect(await sayWord('غاضب', 'ar-SA', null)).toBe('voice');
    expect(spoken.map((u) => [u.text, u.voice])).toEqual([['غاضب', arabic]]);
  });

  it('falls back to the voice when the recording will not play', async () => {
    isPlayable = false;
    installVoices([voice('en-GB', 'British')]);
    expect(await sayWord('angry', 'en', recording)).toBe('voice');
    expect(revoked).toEqual(['blob:recording']);
  });

  it('says "no voice" when neither a recording nor a voice exists, and says nothing', async () => {
    installVoices([voice('en-GB', 'British')]);
    expect(await sayWord('dig', 'cy', null)).toBe('no-voice');
    expect(spoken).toEqual([]);
  });

  it('says "no voice" without speech synthesis at all', async () => {
    expect(await sayWord('angry', 'en', null)).toBe('no-voice');
  });
});
