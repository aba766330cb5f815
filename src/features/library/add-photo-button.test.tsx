/**
 * "Add a photo" in the Library: a photo (camera or file) or a drawing becomes a card with words,
 * for everyone or for one person. jsdom cannot decode pictures, so a successful resize is the one
 * edge stubbed here; a refusal from the header runs the real check.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as imageResize from '../../lib/image-resize';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import { AddPhotoButton } from './add-photo-button';

const SMALL_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9]);
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const ascii = (text: string) => Array.from(new TextEncoder().encode(text));

/** A complete PNG that only says how big it is: its signature, IHDR and IEND, no pixels. */
function pngOfSize(width: number, height: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...[...be32(13), ...ascii('IHDR'), ...be32(width), ...be32(height), 8, 6, 0, 0, 0],
    ...[...be32(0), ...be32(0), ...ascii('IEND'), ...be32(0)],
  ]);
}

async function openDialog() {
  const user = userEvent.setup();
  render(<AddPhotoButton />);
  await user.click(screen.getByRole('button', { name: 'Add a photo' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Add a photo' }) };
}

const fileOf = (bytes: Uint8Array, name: string, type: string) =>
  new File([new Uint8Array(bytes)], name, { type });

describe('Add a photo', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes a square photo of one person a card on their Photos board, in two languages', async () => {
    const jo = await addPerson('Jo', 'pl');
    const resizePhoto = vi.spyOn(imageResize, 'resizePhoto').mockResolvedValue({
      bytes: SMALL_JPEG,
      type: 'image/jpeg',
      width: 1600,
      height: 1600,
    });
    const { user, dialog } = await openDialog();
    const d = within(dialog);
    await user.upload(
      d.getByLabelText('Choose a file'),
      fileOf(SMALL_JPEG, 'bike.jpg', 'image/jpeg'),
    );
    await user.click(await d.findByRole('checkbox', { name: 'Make it square' }));
    expect(resizePhoto).toHaveBeenLastCalledWith(expect.any(File), { isSquare: true });
    await user.type(d.getByRole('textbox', { name: 'Word on the card' }), 'my bike');
    await user.selectOptions(d.getByRole('combobox', { name: 'Whose photo' }), 'Jo');
    await user.type(
      d.getByRole('textbox', { name: /^Word in .?Polski.? \(if you like\)$/ }),
      'mój rower',
    );
    await user.click(d.getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('“my bike” is now in Photos.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [card] = await db.cards.toArray();
    expect(card).toMatchObject({
      boardId: `board-photos-${jo}`,
      labels: { en: 'my bike', pl: 'mój rower' },
    });
    const mediaId = card?.image.kind === 'media' ? card.image.mediaId : '';
    expect(await db.media.get(mediaId)).toMatchObject({ ownerId: jo, type: 'image/jpeg' });
  });

  it('asks for a picture and a word before adding, and stores nothing until then', async () => {
    const { user, dialog } = await openDialog();
    const d = within(dialog);
    await user.click(d.getByRole('button', { name: 'Add' }));
    expect(d.getByText('Take a photo, choose a file or make a drawing first.')).toBeInTheDocument();
    expect(d.getByLabelText('Take a photo')).toHaveAttribute('capture', 'environment');
    await user.click(d.getByRole('button', { name: 'Make a drawing' }));
    await user.click(d.getByRole('button', { name: 'Add' }));
    expect(d.getByText('Take a photo, choose a file or make a drawing first.')).toBeInTheDocument();
    await user.click(d.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.cards.count()).toBe(0);
  });

  it('refuses a huge picture from its header, calmly, and changes nothing', async () => {
    const { user, dialog } = await openDialog();
    const d = within(dialog);
    const huge = fileOf(pngOfSize(20_000, 20_000), 'huge.png', 'image/png');
    await user.upload(d.getByLabelText('Choose a file'), huge);
    expect(
      await d.findByText(
        'This picture is too large to use. Choose a smaller one. Nothing was changed.',
      ),
    ).toBeInTheDocument();
    await user.type(d.getByRole('textbox', { name: 'Word on the card' }), 'huge');
    await user.click(d.getByRole('button', { name: 'Add' }));
    expect(await db.media.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(await db.boards.count()).toBe(0);
  });

  it('refuses a file that is not a picture', async () => {
    const { user, dialog } = await openDialog();
    const d = within(dialog);
    await user.upload(
      d.getByLabelText('Take a photo'),
      fileOf(new TextEncoder().encode('not a photo'), 'note.jpg', 'image/jpeg'),
    );
    expect(
      await d.findByText(
        'This file is not a picture we can use. Choose another one. Nothing was changed.',
      ),
    ).toBeInTheDocument();
  });

  it('makes a finger drawing a card for everyone, in two languages, stored as a picture (SVG)', async () => {
    const { user, dialog } = await openDialog();
    const d = within(dialog);
    await user.click(d.getByRole('button', { name: 'Make a drawing' }));
    const area = d.getByRole('img', { name: 'Drawing for the card' });
    const at = (x: number, y: number) => ({
      pointerId: 1,
      pointerType: 'touch',
      clientX: x,
      clientY: y,
    });
    fireEvent.pointerDown(area, at(10, 10));
    for (const x of [30, 60, 90]) fireEvent.pointerMove(area, at(x, x / 2));
    fireEvent.pointerUp(area, at(90, 45));
    expect(area.querySelectorAll('path')).toHaveLength(1);
    await user.type(d.getByRole('textbox', { name: 'Word on the card' }), 'my house');
    await user.selectOptions(d.getByRole('combobox', { name: 'Also a word in' }), 'العربية');
    await user.type(
      d.getByRole('textbox', { name: /^Word in .?العربية.? \(if you like\)$/ }),
      'بيتي',
    );
    await user.click(d.getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('“my house” is now in Photos.')).toBeInTheDocument();
    const [card] = await db.cards.toArray();
    expect(card).toMatchObject({
      boardId: 'board-photos',
      labels: { en: 'my house', ar: 'بيتي' },
    });
    const mediaId = card?.image.kind === 'media' ? card.image.mediaId : '';
    const media = await db.media.get(mediaId);
    expect(media).toMatchObject({ ownerId: null, type: 'image/svg+xml' });
    expect(new TextDecoder().decode(media?.bytes)).toMatch(/^<svg [^>]+>.*<path d="M /);
  });
});
