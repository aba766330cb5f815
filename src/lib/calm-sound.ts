/**
 * A soft, steady sound made on the device with the Web Audio API: no files, no network. Two quiet
 * sine tones a fifth apart whose volume swells slowly, once per breath (about 8 s), so it feels
 * like breathing rather than a beep. It fades in and out so it never starts or stops abruptly.
 */

/** Quiet on purpose: well below speech, so staff and the individual can still talk over it. */
const VOLUME = 0.05;
const SWELL_SHARE = 0.4;
const BREATH_SECONDS = 8;
const FADE_IN_SECONDS = 2;
const FADE_OUT_SECONDS = 0.4;
/** G3 and D4: low, open and without tension. */
const TONES_HZ = [196, 293.66] as const;

export interface CalmSound {
  /** Fades out and frees the audio device. Safe to call more than once. */
  stop(): void;
}

function audioContextClass(): typeof AudioContext | undefined {
  return typeof window !== 'undefined' && 'AudioContext' in window
    ? window.AudioContext
    : undefined;
}

export function isCalmSoundSupported(): boolean {
  return audioContextClass() !== undefined;
}

/** Starts the sound. Call it from a tap, so the browser lets audio play. */
export function startCalmSound(): CalmSound {
  const Context = audioContextClass();
  if (!Context) throw new Error('Web Audio is not available on this device');
  const context = new Context();
  const start = context.currentTime;
  const volume = context.createGain();
  volume.gain.setValueAtTime(0, start);
  volume.gain.linearRampToValueAtTime(VOLUME, start + FADE_IN_SECONDS);
  volume.connect(context.destination);

  // A very slow oscillator added to the volume makes it rise and fall like a breath.
  const swell = context.createOscillator();
  swell.frequency.value = 1 / BREATH_SECONDS;
  const swellDepth = context.createGain();
  swellDepth.gain.value = VOLUME * SWELL_SHARE;
  swell.connect(swellDepth).connect(volume.gain);

  const tones = TONES_HZ.map((hz) => {
    const tone = context.createOscillator();
    tone.type = 'sine';
    tone.frequency.value = hz;
    tone.connect(volume);
    return tone;
  });
  for (const oscillator of [swell, ...tones]) oscillator.start(start);

  let isStopped = false;
  return {
    stop() {
      if (isStopped) return;
      isStopped = true;
      const now = context.currentTime;
      volume.gain.cancelScheduledValues(now);
      volume.gain.setValueAtTime(volume.gain.value, now);
      volume.gain.linearRampToValueAtTime(0, now + FADE_OUT_SECONDS);
      for (const oscillator of [swell, ...tones]) oscillator.stop(now + FADE_OUT_SECONDS);
      window.setTimeout(() => void context.close(), FADE_OUT_SECONDS * 1000 + 100);
    },
  };
}
