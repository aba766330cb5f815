/** The microphone and playback are true edges of the device: jsdom has neither, so fakes stand in. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakePlayback } from '../../../tests/fixtures/fake-speech';
import { db } from '../../storage/database';
import { RecordWord } from './record-word';

class FakeRecorder {
  static isTypeSupported = (type: string) => type === 'audio/webm;codecs=opus';
  state: 'inactive' | 'recording' = 'inactive';
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly mimeType: string;
  constructor(
    readonly stream: unknown,
    options?: { mimeType: string },
  ) {
    this.mimeType = options?.mimeType ?? '';
  }
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    this.ondataavailable?.({
      data: new Blob([new Uint8Array([7, 7, 7])], { type: this.mimeType }),
    });
    this.onstop?.();
  }
}

const stopTrack = vi.fn();

function installMicrophone(outcome: 'allowed' | 'refused' | 'missing') {
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  const getUserMedia = vi.fn(() =>
    outcome === 'allowed'
      ? Promise.resolve({ getTracks: () => [{ stop: stopTrack }] })
      : Promise.reject(
          new DOMException('no', outcome === 'refused' ? 'NotAllowedError' : 'NotFoundError'),
        ),
  );
  Object.defineProperty(navigator, 'mediaDevices', {
    value: { getUserMedia },
    configurable: true,
  });
  return getUserMedia;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function addStaffCard(id: string) {
  await db.cards.add({
    id,
    kind: 'symbol',
    boardId: 'board-1',
    labels: { cy: 'dig' },
    image: { kind: 'symbol', symbol: '1F620' },
    origin: 'staff',
    createdAt: 1,
    updatedAt: 1,
  });
}

function renderFor(soundMediaId: string | undefined) {
  return render(
    <RecordWord
      cardId="card-1"
      isBuiltIn={false}
      label="dig"
      language="cy"
      soundMediaId={soundMediaId}
      ownerId={null}
    />,
  );
}

describe('recording a card’s word', () => {
  it('records, plays back, and keeps the recording on the card', async () => {
    const user = userEvent.setup();
    const getUserMedia = installMicrophone('allowed');
    const { played } = installFakePlayback();
    await addStaffCard('card-1');
    renderFor(undefined);

    await user.click(screen.getByRole('button', { name: 'Record the word' }));
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(await screen.findByRole('status')).toHaveTextContent('Recording…');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(stopTrack).toHaveBeenCalled();

    await user.click(await screen.findByRole('button', { name: 'Play' }));
    expect(played).toEqual(['audio/webm;codecs=opus']);
    expect((await db.cards.get('card-1'))?.sound).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Keep the recording' }));
    await vi.waitFor(async () => expect((await db.cards.get('card-1'))?.sound).toBeDefined());
    const sound = (await db.cards.get('card-1'))?.sound ?? '';
    const media = await db.media.get(sound);
    expect(media?.type).toBe('audio/webm;codecs=opus');
    expect([...(media?.bytes ?? [])]).toEqual([7, 7, 7]);
  });

  it('stops by itself after the longest time', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    installMicrophone('allowed');
    renderFor(undefined);
    await user.click(screen.getByRole('button', { name: 'Record the word' }));
    await screen.findByRole('button', { name: 'Stop' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await screen.findByRole('button', { name: 'Keep the recording' })).toBeVisible();
  });

  it('says plainly when the microphone is refused, and changes nothing', async () => {
    const user = userEvent.setup();
    installMicrophone('refused');
    await addStaffCard('card-1');
    renderFor(undefined);
    await user.click(screen.getByRole('button', { name: 'Record the word' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The microphone cannot be used. Check the tablet's settings.",
    );
    expect(await db.media.count()).toBe(0);
    expect((await db.cards.get('card-1'))?.sound).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Record the word' })).toBeEnabled();
  });

  it('says so when the tablet has no microphone', async () => {
    const user = userEvent.setup();
    installMicrophone('missing');
    renderFor(undefined);
    await user.click(screen.getByRole('button', { name: 'Record the word' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This tablet has no microphone that can be used.',
    );
  });

  it('plays and removes a kept recording', async () => {
    const user = userEvent.setup();
    const { played } = installFakePlayback();
    await addStaffCard('card-1');
    await db.media.add({
      id: 'sound-1',
      ownerId: null,
      type: 'audio/mp4',
      bytes: new Uint8Array([1]),
      createdAt: 1,
      updatedAt: 1,
    });
    await db.cards.update('card-1', { sound: 'sound-1' });
    renderFor('sound-1');
    expect(screen.getByText('This card has a recording of its word.')).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Play' }));
    expect(played).toEqual(['audio/mp4']);
    await user.click(screen.getByRole('button', { name: 'Remove the recording' }));
    await vi.waitFor(async () => expect(await db.media.count()).toBe(0));
    expect((await db.cards.get('card-1'))?.sound).toBeUndefined();
  });
});
