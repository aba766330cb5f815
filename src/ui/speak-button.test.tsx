import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fakeVoice,
  installFakePlayback,
  installFakeVoices,
} from '../../tests/fixtures/fake-speech';
import { db } from '../storage/database';
import { SpeakButton } from './speak-button';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function storeRecording(id: string) {
  const time = Date.now();
  await db.media.add({
    id,
    ownerId: null,
    type: 'audio/webm',
    bytes: new Uint8Array([1, 2, 3]),
    createdAt: time,
    updatedAt: time,
  });
}

describe('the speaker button on a card', () => {
  it('is named for the word and reads it in the voice of the content language', async () => {
    const user = userEvent.setup();
    const { spoken } = installFakeVoices([
      fakeVoice('en-GB', 'British'),
      fakeVoice('ar-001', 'Arabic'),
    ]);
    render(<SpeakButton card={{ label: 'غاضب' }} language="ar" />);
    // Typed words sit in direction isolates, so Arabic inside English words reads right.
    await user.click(screen.getByRole('button', { name: 'Hear “\u2068غاضب\u2069”' }));
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([['غاضب', 'ar-001']]);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('plays the card’s recording instead of the voice', async () => {
    const user = userEvent.setup();
    const { spoken } = installFakeVoices([fakeVoice('cy-GB', 'Welsh')]);
    const { played, openUrls } = installFakePlayback();
    await storeRecording('sound-1');
    render(<SpeakButton card={{ label: 'dig', sound: 'sound-1' }} language="cy" />);
    const button = screen.getByRole('button', { name: 'Hear “dig”' });
    // Wait for the recording to load, as a person would wait a moment before tapping.
    await vi.waitFor(async () => {
      await user.click(button);
      expect(played).toEqual(['audio/webm']);
    });
    expect(spoken).toEqual([]);
    expect(openUrls.size).toBe(0);
  });

  it('says calmly that there is no voice when neither a recording nor a voice exists', async () => {
    const user = userEvent.setup();
    installFakeVoices([fakeVoice('en-GB', 'British')]);
    render(<SpeakButton card={{ label: 'dig' }} language="cy" />);
    await user.click(screen.getByRole('button', { name: 'Hear “dig”' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'This tablet has no voice for Cymraeg. Staff can record the word.',
    );
  });
});
