/**
 * A card's recorded word (issue 14, "Speech"): the bytes are a media row, and the card points at
 * it with `sound` — a staff card in place, a built-in card in its override row (created when it
 * has none; domain/library.ts carries `sound` onto the composed card). Replacing or removing a
 * recording erases the old one's bytes in the same transaction, so none is left behind.
 */
import { newRecordId } from './transaction-plans';
import type { Override } from '../domain/library';
import { db, now } from './database';
import { eraseRecords } from './erase';
import { writeTransaction } from './protection';

export interface CardRecording {
  readonly bytes: Uint8Array;
  /** The recording's type as the recorder made it ("audio/webm;codecs=opus", "audio/mp4"…). */
  readonly type: string;
}

/** The override without its recording; the rest of the staff changes stay. */
function withoutSound(override: Override): Override {
  return Object.fromEntries(
    Object.entries(override).filter(([key]) => key !== 'sound'),
  ) as Override;
}

/** Points a built-in card's override at a recording (or at none); returns the old one's id. */
async function pointOverride(cardId: string, soundId: string | null): Promise<string | undefined> {
  const time = now();
  const current = await db.overrides.get(cardId);
  if (!current && soundId === null) return undefined;
  const base: Override = current ?? {
    id: cardId,
    target: 'card',
    createdAt: time,
    updatedAt: time,
  };
  const next = soundId === null ? withoutSound(base) : { ...base, sound: soundId };
  await db.overrides.put({ ...next, updatedAt: time });
  return current?.sound;
}

/** Points a staff card at a recording (or at none); returns the old one's id. */
async function pointStaffCard(cardId: string, soundId: string | null): Promise<string | undefined> {
  const card = await db.cards.get(cardId);
  if (!card) return undefined;
  const { sound: old, ...rest } = card;
  await db.cards.put({ ...rest, ...(soundId ? { sound: soundId } : {}), updatedAt: now() });
  return old;
}

/**
 * Keeps a recording of a card's word (null removes it). `ownerId` is the person a personal
 * card belongs to (erasing them takes the recording), or null for the service's cards.
 */
export async function setCardSound(
  cardId: string,
  isBuiltIn: boolean,
  recording: CardRecording | null,
  ownerId: string | null = null,
): Promise<void> {
  await writeTransaction([db.cards, db.overrides, db.media, db.tombstones], async () => {
    // A staff card deleted meanwhile: nothing to point at, so no bytes are kept either.
    if (!isBuiltIn && !(await db.cards.get(cardId))) return;
    let soundId: string | null = null;
    if (recording) {
      soundId = newRecordId();
      const time = now();
      await db.media.add({
        id: soundId,
        ownerId,
        type: recording.type,
        // A copy: the recorder's buffer is not the database's.
        bytes: new Uint8Array(recording.bytes),
        createdAt: time,
        updatedAt: time,
      });
    }
    const old = isBuiltIn
      ? await pointOverride(cardId, soundId)
      : await pointStaffCard(cardId, soundId);
    if (old && old !== soundId) await eraseRecords('media', [old]);
  });
}
