/**
 * Short built-in sounds that can match a feeling ("Rain", "Low drum"…), made on the device with
 * the Web Audio API: no files, no network. Each lasts under 2 s and stays quiet, well below
 * speech, and fades out so it never stops with a click. Only oscillators and plain volume
 * ramps are used, so every browser with Web Audio can play them.
 */

/** Stored in FrameFeeling.soundId: never rename one. */
export const SOUND_IDS = [
  'soft-bell',
  'rain',
  'low-drum',
  'fast-drum',
  'high-whistle',
  'rumble',
] as const;
export type FeelingSoundId = (typeof SOUND_IDS)[number];

/** Loudest any one tone gets: gentle, so a sudden sound never startles. */
export const PEAK_VOLUME = 0.2;
/** Every sound is over by then (plus a short fade). */
export const SOUND_SECONDS = 1.8;
const FADE_SECONDS = 0.05;

export function isFeelingSoundId(value: string | null | undefined): value is FeelingSoundId {
  return (SOUND_IDS as readonly (string | null | undefined)[]).includes(value);
}

export interface PlayingSound {
  /** Fades out at once and frees the audio device. Safe to call more than once. */
  stop(): void;
}

function audioContextClass(): typeof AudioContext | undefined {
  return typeof window !== 'undefined' && 'AudioContext' in window
    ? window.AudioContext
    : undefined;
}

/** One tone: an oscillator through its own volume envelope into `out`. */
interface Tone {
  readonly type: OscillatorType;
  readonly from: number;
  /** The pitch glides to this by the end (drums drop, the whistle rises). */
  readonly to?: number;
  readonly at: number;
  readonly seconds: number;
  readonly volume: number;
  /** Seconds to reach full volume; short for a hit, long for a swell. */
  readonly attack?: number;
}

interface Voice {
  readonly oscillator: OscillatorNode;
  readonly envelope: GainNode;
}

function playTone(context: AudioContext, start: number, tone: Tone): Voice {
  const begin = start + tone.at;
  const end = begin + tone.seconds;
  const oscillator = context.createOscillator();
  oscillator.type = tone.type;
  oscillator.frequency.setValueAtTime(tone.from, begin);
  if (tone.to !== undefined) oscillator.frequency.linearRampToValueAtTime(tone.to, end);
  const envelope = context.createGain();
  envelope.gain.setValueAtTime(0, begin);
  envelope.gain.linearRampToValueAtTime(tone.volume * PEAK_VOLUME, begin + (tone.attack ?? 0.01));
  envelope.gain.linearRampToValueAtTime(0, end);
  oscillator.connect(envelope).connect(context.destination);
  oscillator.start(begin);
  oscillator.stop(end + FADE_SECONDS);
  return { oscillator, envelope };
}

const hits = (count: number, gap: number, tone: Omit<Tone, 'at'>): Tone[] =>
  Array.from({ length: count }, (_, i) => ({ ...tone, at: i * gap }));

/** Many tiny high drops at uneven times sound like rain on a window. */
function rainDrops(): Tone[] {
  return Array.from({ length: 28 }, (_, i) => ({
    type: 'sine' as const,
    from: 1800 + Math.random() * 2200,
    to: 1200 + Math.random() * 600,
    at: (i / 28) * (SOUND_SECONDS - 0.1) + Math.random() * 0.05,
    seconds: 0.05,
    volume: 0.35,
    attack: 0.005,
  }));
}

/** The tones of each sound; volumes are shares of PEAK_VOLUME. */
const RECIPES: Record<FeelingSoundId, () => Tone[]> = {
  'soft-bell': () => [
    { type: 'sine', from: 660, at: 0, seconds: SOUND_SECONDS, volume: 0.8 },
    { type: 'sine', from: 1320, at: 0, seconds: 1.2, volume: 0.25 },
  ],
  rain: rainDrops,
  'low-drum': () => hits(3, 0.55, { type: 'sine', from: 110, to: 50, seconds: 0.45, volume: 1 }),
  'fast-drum': () => hits(9, 0.18, { type: 'sine', from: 160, to: 70, seconds: 0.14, volume: 0.9 }),
  'high-whistle': () => [
    { type: 'sine', from: 1100, to: 1500, at: 0, seconds: 0.7, volume: 0.5, attack: 0.15 },
    { type: 'sine', from: 1500, to: 1000, at: 0.75, seconds: 0.8, volume: 0.5, attack: 0.1 },
  ],
  rumble: () => [
    { type: 'sine', from: 48, to: 40, at: 0, seconds: SOUND_SECONDS, volume: 1, attack: 0.6 },
    { type: 'triangle', from: 62, to: 55, at: 0, seconds: SOUND_SECONDS, volume: 0.6, attack: 0.6 },
  ],
};

let playing: PlayingSound | null = null;

/**
 * Plays one sound, stopping any other first, and returns a handle; null when the device has no
 * Web Audio (the choice still counts, it just stays silent). Call it from a tap.
 */
export function playFeelingSound(id: FeelingSoundId): PlayingSound | null {
  const Context = audioContextClass();
  if (!Context) return null;
  playing?.stop();
  const context = new Context();
  const start = context.currentTime;
  const voices = RECIPES[id]().map((tone) => playTone(context, start, tone));

  let isStopped = false;
  const close = () => void context.close();
  const timer = window.setTimeout(
    () => {
      isStopped = true;
      if (playing === sound) playing = null;
      close();
    },
    (SOUND_SECONDS + 0.2) * 1000,
  );
  const sound: PlayingSound = {
    stop() {
      if (isStopped) return;
      const now = context.currentTime;
      for (const { oscillator, envelope } of voices) {
        envelope.gain.cancelScheduledValues(now);
        envelope.gain.setValueAtTime(envelope.gain.value, now);
        envelope.gain.linearRampToValueAtTime(0, now + FADE_SECONDS);
        oscillator.stop(now + FADE_SECONDS);
      }
      isStopped = true;
      if (playing === sound) playing = null;
      window.clearTimeout(timer);
      // Closed after the fade, so the sound ends softly rather than with a click.
      window.setTimeout(close, FADE_SECONDS * 1000 + 50);
    },
  };
  playing = sound;
  return sound;
}
