import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, SavedTextField } from './saved-text-field';

/** Lets a test store words "in another tab", as a live query would bring them. */
const elsewhere: { store: (value: string) => void } = { store: () => undefined };
const storeElsewhere = (value: string) => elsewhere.store(value);

function Stored({ initial, onSave }: { initial: string; onSave: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    elsewhere.store = setValue;
  }, []);
  return (
    <>
      <SavedTextField
        label="Caption"
        value={value}
        onSave={(text) => {
          onSave(text);
          setValue(text);
        }}
      />
      <button type="button">Elsewhere on the screen</button>
    </>
  );
}

function field(initial = 'We had dinner') {
  const onSave = vi.fn();
  render(<Stored initial={initial} onSave={onSave} />);
  return { onSave, box: screen.getByRole('textbox', { name: 'Caption' }) };
}

const theirs = 'We had lunch in the garden';
const quietMoment = () => new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS * 2));

describe('SavedTextField when the words change in another tab', () => {
  it('shows the newer words when they arrive while nothing is typed here', async () => {
    const { box, onSave } = field();
    await userEvent.click(box);
    act(() => storeElsewhere(theirs));
    expect(box).toHaveValue(theirs);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await userEvent.type(box, '.');
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(`${theirs}.`));
  });

  it('shows the newer words in a field nobody is typing in', () => {
    const { box } = field();
    act(() => storeElsewhere(theirs));
    expect(box).toHaveValue(theirs);
  });

  it('tells the person, and stores nothing over the newer words until they choose', async () => {
    const { box, onSave } = field();
    await userEvent.type(box, '.');
    act(() => storeElsewhere(theirs));
    expect(await screen.findByRole('status')).toHaveTextContent(
      `These words were changed on another screen: ${theirs}`,
    );
    expect(box).toHaveValue('We had dinner.');
    await userEvent.type(box, '!');
    await quietMoment();
    expect(onSave).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Use the newer words' }));
    expect(box).toHaveValue(theirs);
    expect(box).toHaveFocus();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await quietMoment();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps both texts when the person chooses to', async () => {
    const { box, onSave } = field();
    await userEvent.type(box, '.');
    act(() => storeElsewhere(theirs));
    await userEvent.click(await screen.findByRole('button', { name: 'Keep both' }));
    expect(onSave).toHaveBeenLastCalledWith(`We had dinner. ${theirs}`);
    expect(box).toHaveValue(`We had dinner. ${theirs}`);
    expect(box).toHaveFocus();
  });

  it('keeps both when the field is left before choosing', async () => {
    const { box, onSave } = field();
    await userEvent.type(box, '.');
    act(() => storeElsewhere(theirs));
    await screen.findByRole('status');
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere on the screen' }));
    expect(onSave).toHaveBeenLastCalledWith(`We had dinner. ${theirs}`);
    expect(box).toHaveValue(`We had dinner. ${theirs}`);
  });

  it('does not mistake its own saves coming back for words from elsewhere', async () => {
    const { box, onSave } = field('');
    await userEvent.type(box, 'We had');
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('We had'));
    await userEvent.type(box, ' dinner');
    // A slow echo of the first save arrives after more was typed.
    act(() => storeElsewhere('We had'));
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith('We had dinner'));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(box).toHaveValue('We had dinner');
  });
});
