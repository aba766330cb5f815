import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  catalogueSource,
  feelInStep,
  smallStarter,
  startConversationAt,
  withSmallCatalogue,
} from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import {
  answerReadiness,
  applyStoryChange,
  beginConversation,
  planConversation,
  savePreparation,
} from '../../storage/conversations-repo';
import { setCatalogueSourceForTests } from '../../storage/catalogue';
import { db } from '../../storage/database';
import { encodeDrawing, type Stroke } from '../../lib/drawing-data';
import { saveStaffName } from '../../storage/audit-repo';
import { addPerson } from '../../storage/people-repo';
import {
  chooseCalmFirst,
  chooseCommitment,
  choosePositiveActivity,
  chooseStrategy,
  chooseThirdPerson,
  chooseWay,
  finishConversation,
  linkFeelingToBehaviour,
  markAffected,
  markPositiveActivityDone,
  planPositiveActivity,
  saveCommitmentNote,
  saveFeelingDrawing,
  saveStaffNotes,
  setAffectedFeelingOf,
} from '../../storage/together-repo';

/** A conversation with something in every part, made the way the app makes it. */
async function fullConversation() {
  withSmallCatalogue();
  const id = await planConversation(await addPerson('Sam'));
  await savePreparation(id, {
    incidentAt: '2025-05-30T12:15',
    place: 'dining hall',
    staffNote: 'A plate was thrown.',
    staff: 'Ana',
    supports: ['pictures', 'puppets'],
  });
  await answerReadiness(id, 'calm', 'yes');
  await answerReadiness(id, 'time', 'not-yet');
  const started = await beginConversation(id);
  const frame = started.story[0]!.id;
  await applyStoryChange(id, { type: 'set-caption', frameId: frame, caption: 'At lunch' });
  await applyStoryChange(id, {
    type: 'place',
    placementId: 'p1',
    cardId: 'starter-teacher',
    frameId: frame,
  });
  await applyStoryChange(id, {
    type: 'place',
    placementId: 'p2',
    cardId: 'starter-shout',
    frameId: frame,
  });
  await applyStoryChange(id, {
    type: 'add-bubble',
    placementId: 'p1',
    bubbleId: 'b1',
    kind: 'they-said',
    text: '',
    cardId: 'phrase-stop',
  });
  await feelInStep(id, frame, 'feeling-angry', { size: 4, colour: '#ff0000' });
  await chooseWay(id, 'pictures');
  await chooseWay(id, 'puppets');
  await chooseThirdPerson(id, false);
  await chooseCalmFirst(id, true);
  await linkFeelingToBehaviour(id, 'feeling-angry', 'starter-shout');
  await markAffected(id, { kind: 'self' });
  await markAffected(id, { kind: 'card', cardId: 'starter-teacher' });
  const marked = await markAffected(id, { kind: 'named', name: 'Jo' });
  await setAffectedFeelingOf(id, marked.affected[0]!.id, 'feeling-sad');
  await setAffectedFeelingOf(id, marked.affected[2]!.id, 'feeling-angry');
  await chooseStrategy(id, 'strategy-ask-break');
  await chooseCommitment(id, 'listenFirst');
  await chooseCommitment(id, 'warnBeforeChanges');
  await saveCommitmentNote(id, 'Sit side by side.');
  await choosePositiveActivity(id, 'starter-football');
  await planPositiveActivity(id, '2025-06-05');
  await saveStaffNotes(id, 'Calm afterwards.');
  await finishConversation(id);
  // Whether the activity happened is marked later, after the finish.
  await markPositiveActivityDone(id, true);
  return id;
}

async function openSummary(id: string) {
  const app = renderAppAt(`/conversations/${id}/summary`);
  await screen.findByRole('heading', { name: 'Summary: Sam', level: 1 });
  return app;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const section = (name: string) => screen.getByRole('region', { name });
const items = (name: string) =>
  within(section(name))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the staff summary', () => {
  it('shows every part of a filled-in conversation in words', async () => {
    await openSummary(await fullConversation());
    expect(screen.getByText(/^Started: /)).toBeVisible();
    expect(screen.getByText(/^Finished: /)).toBeVisible();
    expect(screen.getByText('Status: Completed')).toBeVisible();

    const story = section('The story');
    const step = within(story).getByRole('listitem', { name: 'Step 1' });
    expect(within(story).getByRole('heading', { name: 'Step 1', level: 3 })).toBeVisible();
    expect(step).toHaveTextContent('At lunch');
    expect(
      within(within(story).getByRole('list', { name: 'Pictures in step 1' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['teacher', 'shout']);
    expect(story).toHaveTextContent('teacher said: “Stop”');
    expect(story).toHaveTextContent('Feeling: angry — very big (4 of 5)');
    expect(story).toHaveTextContent('Also chosen: a colour.');

    expect(items('I felt … so I …')).toEqual(['I felt angry so I shouted.']);
    expect(items('Who was affected')).toEqual([
      'Sam: might have felt sad',
      'teacher: feeling not chosen',
      'Jo: might have felt angry',
    ]);
    expect(items('What can help next time')).toEqual(['ask for a break']);
    expect(items('What we will do differently')).toEqual([
      'Give more warning before changes',
      'Listen first',
    ]);
    expect(section('What we will do differently')).toHaveTextContent('Also: Sit side by side.');
    const good = section('Something good together');
    expect(good).toHaveTextContent('football');
    expect(good).toHaveTextContent(/Planned for .*2025/);
    expect(good).toHaveTextContent(/Done on /);

    const choices = section('Choices at the start');
    expect(choices).toHaveTextContent('How to tell itPictures and Puppets');
    expect(choices).toHaveTextContent('Someone else joiningNo');
    expect(choices).toHaveTextContent('Something calm firstYes');

    const ready = section('Are we ready?');
    expect(ready).toHaveTextContent(
      'Sam is calm, and past the crisis, the recovery and any low mood after it.Yes',
    );
    expect(ready).toHaveTextContent('There is enough time, with no need to hurry.Not yet');

    const prep = section('Preparation');
    expect(prep).toHaveTextContent(/When.*2025/);
    expect(prep).toHaveTextContent('Wheredining hall');
    expect(prep).toHaveTextContent('Staff taking partAna');
    expect(prep).toHaveTextContent('Third personNot given');
    expect(prep).toHaveTextContent('SupportsPictures and symbols and Puppets or role play');
    expect(prep).toHaveTextContent('Staff note (staff only)A plate was thrown.');

    // Finished: the notes stay as written; later ones are added with a date and a name.
    expect(section('Staff notes')).toHaveTextContent('Calm afterwards.');
    expect(screen.queryByRole('textbox', { name: 'Staff notes' })).toBeNull();
  });

  it('keeps a finished conversation as it was, and adds later notes with a date and a name', async () => {
    const id = await fullConversation();
    await saveStaffName('Priya');
    // A change to what was said and chosen no longer lands on a finished conversation.
    await saveStaffNotes(id, 'Changed later.');
    await chooseStrategy(id, 'strategy-ear-defenders');
    const before = (await db.conversations.get(id))!;
    expect(before.staffNotes).toBe('Calm afterwards.');
    expect(before.strategies).toEqual(['strategy-ask-break']);

    const { user } = await openSummary(id);
    const add = screen.getByRole('button', { name: 'Add note' });
    expect(add).toBeDisabled();
    await user.type(
      screen.getByRole('textbox', { name: 'Add a note' }),
      'Sam asked to see the story again.',
    );
    await waitFor(() => expect(add).toBeEnabled());
    await user.click(add);

    const added = await screen.findByRole('list', { name: 'Notes added later' });
    expect(within(added).getByText(/^Added .+ by Priya$/)).toBeVisible();
    expect(within(added).getByText('Sam asked to see the story again.')).toBeVisible();
    expect(section('Staff notes')).toHaveTextContent('Calm afterwards.');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveValue(''),
    );
    const after = (await db.conversations.get(id))!;
    expect(after.additions).toHaveLength(1);
    expect(after.additions?.[0]).toMatchObject({
      actor: 'Priya',
      text: 'Sam asked to see the story again.',
    });
    expect(after.story).toEqual(before.story);
    expect(after.staffNotes).toBe('Calm afterwards.');
  });

  it('stores staff notes as they are typed while the conversation is open', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'finish');
    const { user } = await openSummary(id);
    await user.type(screen.getByRole('textbox', { name: 'Staff notes' }), 'Went to the garden.');
    expect(screen.getByRole('textbox', { name: 'Staff notes' })).toHaveValue('Went to the garden.');
    // The field shows what was typed at once; only the record says it was saved.
    await waitFor(async () =>
      expect((await db.conversations.get(id))?.staffNotes).toBe('Went to the garden.'),
    );
  });

  it('says so in one line where nothing was chosen', async () => {
    withSmallCatalogue();
    await openSummary(await startConversationAt(await addPerson('Sam'), 'finish'));
    expect(screen.getByText('Not finished yet.')).toBeVisible();
    expect(section('The story')).toHaveTextContent('No pictures.');
    expect(section('I felt … so I …')).toHaveTextContent('No links made.');
    expect(section('Who was affected')).toHaveTextContent('No one chosen.');
    expect(section('What can help next time')).toHaveTextContent('Not chosen.');
    expect(section('What we will do differently')).toHaveTextContent('Not chosen.');
    expect(section('Something good together')).toHaveTextContent('Not chosen.');
    expect(section('Choices at the start')).toHaveTextContent('How to tell itNot chosen');
    expect(section('Are we ready?')).toHaveTextContent('Not answered.');
    expect(section('Preparation')).toHaveTextContent('Not prepared.');
  });

  it('names pictures that are no longer in the library', async () => {
    // A card the catalogue no longer ships (or a staff card erased on another tablet).
    setCatalogueSourceForTests(
      catalogueSource({
        ...smallStarter,
        cards: smallStarter.cards.filter((card) => card.id !== 'starter-shout'),
      }),
    );
    const id = await startConversationAt(await addPerson('Sam'), 'finish');
    const frame = (await db.conversations.get(id))!.story[0]!.id;
    await applyStoryChange(id, {
      type: 'place',
      placementId: 'p',
      cardId: 'starter-shout',
      frameId: frame,
    });
    await linkFeelingToBehaviour(id, 'feeling-angry', 'starter-shout');
    await openSummary(id);
    expect(section('The story')).toHaveTextContent('(picture no longer in the library)');
    // A picture that is gone has no past-tense words: the sentence never reads "so I (…)".
    expect(items('I felt … so I …')).toEqual(['I felt angry: (picture no longer in the library).']);
  });

  it('shows the drawing itself, not only the words "a drawing"', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'finish');
    const frameId = (await db.conversations.get(id))!.story[0]!.id;
    const line: Stroke = {
      colour: '#1a1a1a',
      points: [
        [10, 10, 0.5],
        [200, 120, 0.5],
      ],
    };
    const feelingId = await feelInStep(id, frameId, 'feeling-sad');
    await saveFeelingDrawing(id, feelingId, encodeDrawing([line]));
    await openSummary(id);
    const drawing = await within(section('The story')).findByRole('img', {
      name: 'The drawing of sad in step 1',
    });
    expect(drawing.querySelectorAll('path')).toHaveLength(1);
  });

  it('prints with the Print button', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    withSmallCatalogue();
    const { user } = await openSummary(await startConversationAt(await addPerson('Sam'), 'finish'));
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
