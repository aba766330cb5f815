import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  catalogueSource,
  smallStarter,
  startConversationAt,
  withSmallCatalogue,
} from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { setCatalogueSourceForTests } from '../../storage/catalogue';
import { startConversation } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson, setPersonPhoto } from '../../storage/people-repo';

async function personNamed(name: string) {
  const people = await db.people.toArray();
  return people.find((p) => p.displayName === name);
}

describe('editing a profile', () => {
  it('saves name, language, communication and cards, and shows them on the page', async () => {
    withSmallCatalogue();
    const id = await addPerson('Alex');
    const { user } = renderAppAt(`/people/${id}`);
    await user.click(await screen.findByRole('link', { name: 'Edit profile' }));
    await screen.findByRole('heading', { name: 'Profile of Alex' });

    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Sam');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Language for their pictures and speech' }),
      'Polski',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Reads text' }));
    await user.click(screen.getByRole('checkbox', { name: 'Speech on' }));
    const likes = screen.getByRole('group', { name: 'Likes and strengths' });
    await user.type(
      within(likes).getByRole('textbox', { name: 'Words for the new card' }),
      'drums',
    );
    await user.click(within(likes).getByRole('button', { name: 'Add card' }));
    expect(within(likes).getByRole('button', { name: 'Remove drums' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('heading', { name: 'Sam', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Polski')).toBeInTheDocument();
    expect(screen.getByText('drums')).toBeInTheDocument();
    expect(await personNamed('Sam')).toMatchObject({
      language: 'pl',
      communication: { symbols: true, photos: true, readsText: true, speech: false },
      likes: [{ text: 'drums', image: null }],
    });
  });

  it('says the feminine or masculine words in Together where the person’s language has them', async () => {
    withSmallCatalogue();
    const id = await addPerson('Ola', 'pl');
    const { user } = renderAppAt(`/people/${id}/profile`);
    const gender = await screen.findByRole('combobox', { name: 'Words for them' });
    expect(gender).toHaveAccessibleDescription(
      'In Spanish, Polish and Arabic some words change for a woman or a man.',
    );
    expect(gender).toHaveDisplayValue('Not set: both forms');
    await user.selectOptions(gender, 'Feminine (she)');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByRole('heading', { name: 'Ola', level: 1 });
    expect(await personNamed('Ola')).toMatchObject({ grammaticalGender: 'feminine' });

    // In Together, the person's Polish words speak to a woman; staff's words stay English.
    cleanup();
    const talk = await startConversationAt(id, 'how-did-it-feel');
    renderAppAt(`/together/${talk}`);
    expect(await screen.findByRole('heading', { name: 'Jak się czułaś?' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Staff' })).toBeVisible();
  });

  it('leaves the grammatical gender unset when "Not set" is chosen again', async () => {
    const id = await addPerson('Kim', 'es');
    await db.people.update(id, { grammaticalGender: 'masculine' });
    const { user } = renderAppAt(`/people/${id}/profile`);
    const gender = await screen.findByRole('combobox', { name: 'Words for them' });
    expect(gender).toHaveDisplayValue('Masculine (he)');
    await user.selectOptions(gender, 'Not set: both forms');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByRole('heading', { name: 'Kim', level: 1 });
    expect((await personNamed('Kim'))?.grammaticalGender).toBeUndefined();
  });

  it('keeps a card added and then left with "Back", as it goes', async () => {
    withSmallCatalogue();
    const id = await addPerson('Alex');
    const { user } = renderAppAt(`/people/${id}/profile`);
    const calming = await screen.findByRole('group', { name: 'What helps them feel calm' });
    await user.type(
      within(calming).getByRole('textbox', { name: 'Words for the new card' }),
      'music',
    );
    await user.click(within(calming).getByRole('button', { name: 'Add card' }));
    await user.click(screen.getByRole('link', { name: 'Back to Alex' }));
    expect(await screen.findByRole('heading', { name: 'Alex', level: 1 })).toBeVisible();
    expect(await screen.findByText('music')).toBeVisible();
  });

  it('chooses their own feelings, in the order they come first, and no more than eight', async () => {
    // More feelings than anyone needs first: the small catalogue's three and seven more.
    const more = ['scared', 'worried', 'happy', 'tired', 'hurt', 'proud', 'lonely'];
    setCatalogueSourceForTests(
      catalogueSource({
        ...smallStarter,
        cards: [
          ...smallStarter.cards,
          ...more.map((name, i) => ({
            id: `feeling-${name}`,
            kind: 'feeling' as const,
            symbol: `1F62${String(i)}`,
            category: 'feelings',
            labels: { en: name },
          })),
        ],
      }),
    );
    const id = await addPerson('Alex');
    const { user } = renderAppAt(`/people/${id}/profile`);
    const own = await screen.findByRole('group', { name: 'Their feelings' });
    expect(own).toHaveAccessibleDescription(/Choose 4 to 8 feelings/);
    const choices = within(own).getByRole('list');
    const feeling = (name: string) => within(choices).getByRole('button', { name });
    await waitFor(() => expect(feeling('sad')).toBeVisible());
    const firstEight = ['sad', 'calm', 'angry', 'scared', 'worried', 'happy', 'tired', 'hurt'];
    for (const name of firstEight) await user.click(feeling(name));
    expect(within(own).getByText(/8 of 8 chosen, in this order: sad, calm, angry/)).toBeVisible();
    // A ninth waits until one is taken out.
    expect(feeling('proud')).toBeDisabled();
    await user.click(feeling('hurt'));
    expect(feeling('proud')).toBeEnabled();
    await user.click(feeling('proud'));

    await waitFor(async () =>
      expect((await db.people.get(id))?.feelings).toEqual([
        ...firstEight.slice(0, 7).map((name) => `feeling-${name}`),
        'feeling-proud',
      ]),
    );
  });

  it('asks calmly for a name and changes nothing', async () => {
    const id = await addPerson('Alex');
    const before = await db.people.get(id);
    const { user } = renderAppAt(`/people/${id}/profile`);
    await user.clear(await screen.findByRole('textbox', { name: 'Name' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findAllByText('Please write a name.')).not.toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    expect(await db.people.get(id)).toEqual(before);
  });

  it('sets a symbol as the picture at once', async () => {
    withSmallCatalogue();
    const id = await addPerson('Alex');
    const { user } = renderAppAt(`/people/${id}/profile`);
    const symbols = await screen.findByRole('list', { name: 'Or choose a symbol' });
    await user.click(within(symbols).getByRole('button', { name: 'friend' }));
    await waitFor(() =>
      expect(within(symbols).getByRole('button', { name: 'friend' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect((await db.people.get(id))?.picture).toEqual({ kind: 'symbol', symbol: '1F9D1' });
    expect(screen.getByRole('img', { name: 'Their picture now' })).toBeInTheDocument();
  });

  it('refuses a file that is not a picture, plainly, and keeps the old photo', async () => {
    const id = await addPerson('Alex');
    const mediaId = await setPersonPhoto(id, { bytes: new Uint8Array([1, 2]), type: 'image/jpeg' });
    const { user } = renderAppAt(`/people/${id}/profile`);
    const text = new File(['just some words'], 'photo.jpg', { type: 'image/jpeg' });
    await user.upload(await screen.findByLabelText('Take or choose a photo'), text);
    expect(
      await screen.findByText('This file is not a picture we can use. Try another photo.'),
    ).toBeInTheDocument();
    expect((await db.people.get(id))?.picture).toEqual({ kind: 'media', mediaId });
    expect(await db.media.count()).toBe(1);
  });

  it('refuses a picture too large to open on a tablet, saying how large, and changes nothing', async () => {
    const id = await addPerson('Alex');
    const mediaId = await setPersonPhoto(id, { bytes: new Uint8Array([1, 2]), type: 'image/jpeg' });
    const { user } = renderAppAt(`/people/${id}/profile`);
    // A PNG that says it is 20,000 × 20,000 (1.6 GB decoded): refused from its header alone.
    const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
    const size = [0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20, 8, 6, 0, 0, 0, 0, 0, 0, 0];
    const end = [0, 0, 0, 0, ...new TextEncoder().encode('IEND'), 0, 0, 0, 0];
    const png = new Uint8Array([...header, ...new TextEncoder().encode('IHDR'), ...size, ...end]);
    const file = new File([png], 'huge.png', { type: 'image/png' });
    await user.upload(await screen.findByLabelText('Take or choose a photo'), file);
    expect(
      await screen.findByText(
        /This picture is too big to open on a tablet \(20,000 × 20,000 pixels\)/,
      ),
    ).toBeInTheDocument();
    expect((await db.people.get(id))?.picture).toEqual({ kind: 'media', mediaId });
    expect(await db.media.count()).toBe(1);
  });
});

describe('archiving', () => {
  it('takes a person off the People list and brings them back', async () => {
    const id = await addPerson('Alex');
    await addPerson('Kim');
    const { user } = renderAppAt(`/people/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Unarchive' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to People' }));

    const list = await screen.findByRole('list', { name: 'People' });
    expect(within(list).queryByRole('listitem', { name: 'Alex' })).not.toBeInTheDocument();
    await user.click(screen.getByText('Archived people (1)'));
    const archived = screen.getByRole('list', { name: 'Archived people' });
    await user.click(within(archived).getByRole('button', { name: 'Unarchive' }));
    expect(await within(list).findByRole('listitem', { name: 'Alex' })).toBeInTheDocument();
  });
});

describe('deleting a person', () => {
  it('asks twice, naming the person, then erases them and what is theirs', async () => {
    const id = await addPerson('Alex');
    await startConversation(id);
    const { user } = renderAppAt(`/people/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Delete person' }));
    expect(screen.getByText('Delete Alex from this tablet?')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, go on' }));
    expect(screen.getByText(/This erases Alex and everything about them/)).toHaveFocus();
    expect(await db.people.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Erase Alex for good' }));

    expect(await screen.findByRole('heading', { name: 'People' })).toBeInTheDocument();
    expect(await db.people.count()).toBe(0);
    expect(await db.conversations.count()).toBe(0);
  });

  it('keeps the person when either question is answered "No"', async () => {
    const id = await addPerson('Alex');
    const { user } = renderAppAt(`/people/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Delete person' }));
    await user.click(screen.getByRole('button', { name: 'No, keep Alex' }));
    await user.click(await screen.findByRole('button', { name: 'Delete person' }));
    await user.click(screen.getByRole('button', { name: 'Yes, go on' }));
    await user.click(screen.getByRole('button', { name: 'No, keep Alex' }));
    expect(await screen.findByRole('button', { name: 'Delete person' })).toBeInTheDocument();
    expect(await db.people.count()).toBe(1);
  });
});
