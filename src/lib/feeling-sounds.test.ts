// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeAudio } from '../../tests/fixtures/fake-audio';
import {
  isFeelingSoundId,
  PEAK_VOLUME,
  playFeelingSound,
  SOUND_IDS,
  SOUND_SECONDS,
} from './feeling-sounds';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('feeling sounds', () => {
  it.each(SOUND_IDS)('%s plays quietly and stops by itself', (id) => {
    const audio = installFakeAudio();
    const sound = playFeelingSound(id);
    expect(sound).not.toBeNull();
    expect(audio.startedOscillators()).toBeGreaterThan(0);
    // Every oscillator is scheduled to stop: nothing keeps sounding.
    expect(audio.stoppedOscillators()).toBe(audio.startedOscillators());
    expect(audio.peakVolume()).toBeLessThanOrEqual(PEAK_VOLUME);
    const close = vi.spyOn(audio.contexts[0]!, 'close');
    vi.advanceTimersByTime((SOUND_SECONDS + 0.5) * 1000);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('stops the sound that is playing when another one starts', () => {
    const audio = installFakeAudio();
    playFeelingSound('rumble');
    const close = vi.spyOn(audio.contexts[0]!, 'close');
    playFeelingSound('soft-bell');
    vi.advanceTimersByTime(200);
    expect(close).toHaveBeenCalledTimes(1);
    expect(audio.contexts).toHaveLength(2);
  });

  it('stays silent on a device without Web Audio', () => {
    vi.stubGlobal('AudioContext', undefined);
    Reflect.deleteProperty(window, 'AudioContext');
    expect(playFeelingSound('rain')).toBeNull();
  });

  it('knows its own ids only', () => {
    expect(isFeelingSoundId('rain')).toBe(true);
    expect(isFeelingSoundId('trumpet')).toBe(false);
    expect(isFeelingSoundId(null)).toBe(false);
  });
});
