/**
 * Plays stored sound bytes (a card's recorded word) through an Audio element from a blob URL,
 * revoked as soon as playing ends, fails or is stopped, so no recording is held in memory after.
 * One sound at a time: a new one stops the last.
 */

interface Playing {
  readonly audio: HTMLAudioElement;
  readonly finish: (isPlayed: boolean) => void;
}

let playing: Playing | null = null;

/** Plays bytes of a type ("audio/webm"…); resolves true when played to the end (or stopped). */
export function playSound(bytes: Uint8Array, type: string): Promise<boolean> {
  stopSound();
  if (typeof Audio === 'undefined' || typeof URL.createObjectURL !== 'function') {
    return Promise.resolve(false);
  }
  // Copied into a fresh buffer: Blob takes the bytes as they are now, from any realm.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const audio = new Audio(url);
  return new Promise((resolve) => {
    let isDone = false;
    const finish = (isPlayed: boolean) => {
      if (isDone) return;
      isDone = true;
      URL.revokeObjectURL(url);
      if (playing?.audio === audio) playing = null;
      resolve(isPlayed);
    };
    playing = { audio, finish };
    audio.onended = () => finish(true);
    audio.onerror = () => finish(false);
    audio.play().catch(() => finish(false));
  });
}

/** Stops the sound playing, if any. */
export function stopSound(): void {
  if (!playing) return;
  const { audio, finish } = playing;
  audio.pause();
  finish(true);
}
