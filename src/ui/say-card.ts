/** Says a card: its recording (read from storage unless already loaded), else the voice. */
import { sayWord, type SaidWith } from '../lib/say-word';
import { readMediaBytes, type StoredBytes } from '../storage/media-repo';

export interface SayableCard {
  readonly label: string;
  /** The media id of a recording of the card's word. */
  readonly sound?: string | undefined;
}

/**
 * Says a card's word in a language. `loaded` is its recording when the caller already has it
 * (playing at once keeps the sound inside the tap); undefined reads it first.
 */
export async function sayCard(
  card: SayableCard,
  language: string,
  loaded?: StoredBytes | null,
): Promise<SaidWith> {
  const recording = card.sound
    ? loaded !== undefined
      ? loaded
      : await readMediaBytes(card.sound)
    : null;
  return sayWord(card.label, language, recording);
}
