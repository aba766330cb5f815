import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SavedTextField } from './saved-text-field';

/** The field over a store that shows what was saved, as a live query would. */
function Stored({ onSave }: { onSave: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <SavedTextField
      label="Caption"
      value={value}
      onSave={(text) => {
        onSave(text);
        setValue(text);
      }}
    />
  );
}

function field(onSave: (value: string) => void) {
  const view = render(<Stored onSave={onSave} />);
  return { ...view, box: screen.getByRole('textbox', { name: 'Caption' }) };
}

describe('SavedTextField', () => {
  it('leaves the browser no copy to restore or suggest, and takes the words’ own direction', () => {
    const { box } = field(vi.fn());
    // autocomplete="off" keeps a control's text out of the browser's saved form state (session
    // restore, the back-forward cache) and out of its suggestions: staff notes stay the app's.
    expect(box).toHaveAttribute('autocomplete', 'off');
    expect(box).toHaveAttribute('dir', 'auto');
    render(<SavedTextField label="Staff note" value="" onSave={vi.fn()} isMultiline />);
    const note = screen.getByRole('textbox', { name: 'Staff note' });
    expect(note.tagName).toBe('TEXTAREA');
    expect(note).toHaveAttribute('autocomplete', 'off');
    expect(note).toHaveAttribute('dir', 'auto');
  });

  it('stores a word typed quickly as one write, after a quiet moment', async () => {
    const onSave = vi.fn();
    const { box } = field(onSave);
    await userEvent.type(box, 'hello');
    expect(box).toHaveValue('hello');
    expect(onSave).not.toHaveBeenCalled();
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('hello'));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('stores at once when the field is left, the page is hidden, or the screen closes', async () => {
    const onSave = vi.fn();
    const { box, unmount } = field(onSave);
    await userEvent.type(box, 'We');
    await userEvent.tab();
    expect(onSave).toHaveBeenLastCalledWith('We');

    await userEvent.type(box, ' were');
    window.dispatchEvent(new Event('pagehide'));
    expect(onSave).toHaveBeenLastCalledWith('We were');

    await userEvent.type(box, ' loud');
    unmount();
    expect(onSave).toHaveBeenLastCalledWith('We were loud');
    expect(onSave).toHaveBeenCalledTimes(3);
  });
});
