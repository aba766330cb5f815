import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PictureChooser } from './picture-chooser';

describe('choosing a picture while editing', () => {
  it('offers the library first, then any symbol of the whole set that has the word', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    const angry = { kind: 'symbol', symbol: '1F620' } as const;
    render(
      <PictureChooser
        options={[{ key: 'feeling-angry', label: 'angry', image: angry }]}
        onChoose={onChoose}
      />,
    );
    await user.type(screen.getByRole('searchbox', { name: 'Find a picture' }), 'angry');

    const pictures = screen.getByRole('list', { name: 'Pictures' });
    // The library's "angry" once (not again as the set's "angry face"), then the set's others.
    expect(await within(pictures).findByRole('button', { name: 'enraged face' })).toBeVisible();
    expect(within(pictures).getByRole('button', { name: 'angry' })).toBeVisible();
    expect(within(pictures).queryByRole('button', { name: 'angry face' })).toBeNull();

    await user.click(within(pictures).getByRole('button', { name: 'enraged face' }));
    expect(onChoose).toHaveBeenCalledWith({ kind: 'symbol', symbol: '1F621' });
  });
});
