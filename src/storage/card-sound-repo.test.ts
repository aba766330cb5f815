import { describe, expect, it } from 'vitest';
import type { Card } from '../domain/types';
import { setCardSound } from './card-sound-repo';
import { db } from './database';

const recording = (n: number) => ({ bytes: new Uint8Array([n, n, n]), type: 'audio/webm' });

async function addStaffCard(id: string): Promise<void> {
  const card: Card = {
    id,
    kind: 'symbol',
    boardId: 'board-1',
    labels: { cy: 'dig' },
    image: { kind: 'symbol', symbol: '1F620' },
    origin: 'staff',
    createdAt: 1,
    updatedAt: 1,
  };
  await db.cards.add(card);
}

describe('keeping a recording of a card’s word', () => {
  it('points a staff card at the bytes, and replacing it erases the old bytes', async () => {
    await addStaffCard('card-1');
    await setCardSound('card-1', false, recording(1), 'person-1');
    const first = (await db.cards.get('card-1'))?.sound;
    expect(first).toBeDefined();
    const media = await db.media.get(first ?? '');
    expect(media).toMatchObject({ ownerId: 'person-1', type: 'audio/webm' });
    expect([...(media?.bytes ?? [])]).toEqual([1, 1, 1]);

    await setCardSound('card-1', false, recording(2));
    const second = (await db.cards.get('card-1'))?.sound;
    expect(second).not.toBe(first);
    expect(await db.media.get(first ?? '')).toBeUndefined();
    expect(await db.tombstones.get(first ?? '')).toMatchObject({ table: 'media' });

    await setCardSound('card-1', false, null);
    expect((await db.cards.get('card-1'))?.sound).toBeUndefined();
    expect(await db.media.count()).toBe(0);
  });

  it('keeps a built-in card’s recording in its override, made when it has none', async () => {
    await setCardSound('starter-angry', true, recording(3));
    const override = await db.overrides.get('starter-angry');
    expect(override).toMatchObject({ target: 'card' });
    expect(await db.media.get(override?.sound ?? '')).toBeDefined();

    await db.overrides.update('starter-angry', { hidden: true });
    await setCardSound('starter-angry', true, null);
    const after = await db.overrides.get('starter-angry');
    expect(after?.sound).toBeUndefined();
    expect(after?.hidden).toBe(true);
    expect(await db.media.count()).toBe(0);
  });

  it('stores nothing for a staff card that is gone', async () => {
    await setCardSound('gone', false, recording(4));
    expect(await db.media.count()).toBe(0);
  });
});
