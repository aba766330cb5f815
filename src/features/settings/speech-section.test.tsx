import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeVoice, installFakeVoices } from '../../../tests/fixtures/fake-speech';
import { readSpeechSettings } from '../../storage/speech-settings-repo';
import { SpeechSection } from './speech-section';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Settings: speech', () => {
  it('stores the speed and a voice per language, and tries the chosen voice', async () => {
    const user = userEvent.setup();
    const { spoken } = installFakeVoices([
      fakeVoice('en-GB', 'British'),
      fakeVoice('ar-SA', 'Saudi'),
      fakeVoice('ar-001', 'Arabic World'),
    ]);
    render(<SpeechSection />);

    await user.click(screen.getByRole('radio', { name: 'Slower' }));
    await vi.waitFor(async () => expect((await readSpeechSettings()).rate).toBe('slower'));
    expect(await screen.findByRole('radio', { name: 'Slower', checked: true })).toBeVisible();

    // The language's name sits in direction isolates inside the English words.
    const arabic = await screen.findByRole('combobox', { name: 'Voice for \u2068العربية\u2069' });
    expect(arabic).toHaveDisplayValue('Best voice on this tablet');
    await user.selectOptions(arabic, 'Arabic World');
    await vi.waitFor(async () =>
      expect((await readSpeechSettings()).voices).toEqual({ ar: 'Arabic World' }),
    );

    await user.click(screen.getByRole('button', { name: 'Try it in \u2068العربية\u2069' }));
    expect(spoken.map((u) => [u.text, u.lang, u.rate])).toEqual([['العربية', 'ar-001', 0.7]]);

    await user.selectOptions(arabic, 'Best voice on this tablet');
    await vi.waitFor(async () => expect((await readSpeechSettings()).voices).toEqual({}));
  });

  it('says calmly when the tablet has no voice for a language', async () => {
    installFakeVoices([fakeVoice('en-GB', 'British')]);
    render(<SpeechSection />);
    expect(
      await screen.findByText(
        'This tablet has no voice for Cymraeg. Staff can record words on the cards in the Library.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('combobox', { name: 'Voice for Cymraeg' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Voice for English' })).toBeVisible();
  });
});
