import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { meCardId, namedCardId } from '../../domain/personal-cards';
import affectedWords from '../../i18n/locales/en/affected.json';
import { db } from '../../storage/database';
import { applyStoryChange, savePreparation } from '../../storage/conversations-repo';
import { addPerson } from '../../storage/people-repo';

/** A conversation on "Who was affected?" with the teacher placed in the first story step. */
async function affectedStep() {
  withSmallCatalogue();
  const id = await startConversationAt(await addPerson('Sam'), 'who-was-affected');
  const frameId = (await db.conversations.get(id))!.story[0]!.id;
  await applyStoryChange(id, {
    type: 'place',
    placementId: 'p1',
    cardId: 'starter-teacher',
    frameId,
  });
  return id;
}

async function open(id: string) {
  const app = renderAppAt(`/together/${id}`);
  await screen.findByRole('heading', { name: 'Who was affected?', level: 1 });
  return app;
}

const stored = async (id: string) => (await db.conversations.get(id))!.affected;
const button = (name: string) => screen.getByRole('button', { name });
const feelingsOf = (question: string) => screen.getByRole('group', { name: question });

describe('Who was affected?', () => {
  it('stores who was affected and how they might have felt, and shows it again', async () => {
    const id = await affectedStep();
    const { user, unmount } = await open(id);

    const me = button('Me');
    const teacher = button('teacher');
    expect(me).toHaveAttribute('aria-pressed', 'false');
    await user.click(me);
    await user.click(teacher);
    const sad = within(
      await screen.findByRole('group', { name: 'How did teacher feel? What do you think?' }),
    ).getByRole('button', { name: 'sad' });
    await user.click(sad);

    await waitFor(() => {
      expect(sad).toHaveAttribute('aria-pressed', 'true');
      expect(me).toHaveAttribute('aria-pressed', 'true');
      expect(teacher).toHaveAttribute('aria-pressed', 'true');
    });
    expect((await stored(id)).map(({ who, feelingCardId }) => ({ who, feelingCardId }))).toEqual([
      { who: { kind: 'self' }, feelingCardId: null },
      { who: { kind: 'card', cardId: 'starter-teacher' }, feelingCardId: 'feeling-sad' },
    ]);

    unmount();
    await open(id);
    expect(await screen.findByRole('button', { name: 'Me' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(button('teacher')).toHaveAttribute('aria-pressed', 'true');
    const teacherFeelings = feelingsOf('How did teacher feel? What do you think?');
    expect(within(teacherFeelings).getByRole('button', { name: 'sad' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(teacherFeelings).getByRole('button', { name: 'angry' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByText('teacher: sad')).toBeVisible();
    expect(feelingsOf('How did you feel?')).toBeVisible();
  });

  it('clears a feeling and unmarks a person when tapped again', async () => {
    const id = await affectedStep();
    const { user } = await open(id);
    const teacher = button('teacher');
    await user.click(teacher);
    const sad = within(
      await screen.findByRole('group', { name: 'How did teacher feel? What do you think?' }),
    ).getByRole('button', { name: 'sad' });
    await user.click(sad);
    // A tap reads what the screen shows: wait for it before tapping the same picture again.
    await waitFor(() => expect(sad).toHaveAttribute('aria-pressed', 'true'));
    expect((await stored(id))[0]?.feelingCardId).toBe('feeling-sad');

    await user.click(sad);
    await waitFor(() => expect(sad).toHaveAttribute('aria-pressed', 'false'));
    expect((await stored(id))[0]?.feelingCardId).toBeNull();

    await user.click(teacher);
    await waitFor(() => expect(teacher).toHaveAttribute('aria-pressed', 'false'));
    expect(
      screen.queryByRole('group', { name: 'How did teacher feel? What do you think?' }),
    ).toBeNull();
    expect(await stored(id)).toEqual([]);
  });

  it('offers the staff named in the preparation, never the third person or the staff-only note', async () => {
    const id = await affectedStep();
    await savePreparation(id, {
      thirdPerson: 'Alex',
      staff: 'Ms Lee, Jo, alex',
      staffNote: 'Hit out at lunch, very upset',
    });
    const { user } = await open(id);

    const jo = await screen.findByRole('button', { name: 'Jo' });
    await user.click(jo);
    expect(button('Ms Lee')).toBeVisible();
    await waitFor(() => expect(jo).toHaveAttribute('aria-pressed', 'true'));
    expect(
      await screen.findByRole('group', { name: 'How did Jo feel? What do you think?' }),
    ).toBeVisible();
    expect((await stored(id)).map((a) => a.who)).toEqual([{ kind: 'named', name: 'Jo' }]);
    // The independent third person was not involved: never offered as someone affected.
    expect(screen.queryByRole('button', { name: /^alex$/i })).toBeNull();
    expect(document.body.textContent).not.toContain('Hit out at lunch');
  });

  it('offers "Me" and a named person once, also when the story shows them', async () => {
    const id = await affectedStep();
    await savePreparation(id, { staff: 'Priya and Tom' });
    const conversation = (await db.conversations.get(id))!;
    const frameId = conversation.story[0]!.id;
    for (const [placementId, cardId] of [
      ['p2', meCardId(conversation.personId)],
      ['p3', namedCardId('Priya')],
    ] as const)
      await applyStoryChange(id, { type: 'place', placementId, cardId, frameId });
    const { user } = await open(id);

    const priya = await screen.findByRole('button', { name: 'Priya' });
    expect(screen.getAllByRole('button', { name: 'Me' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Priya' })).toHaveLength(1);
    expect(button('Tom')).toBeVisible();
    await user.click(priya);
    await user.click(button('Me'));
    await waitFor(() => expect(priya).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(async () =>
      expect((await stored(id)).map((a) => a.who)).toEqual([
        { kind: 'named', name: 'Priya' },
        { kind: 'self' },
      ]),
    );
  });

  it('adds someone else, from the people pictures or by name', async () => {
    const id = await affectedStep();
    const { user } = await open(id);
    const more = button('Someone else');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'friend' })).toBeNull();

    await user.click(more);
    const pictures = screen.getByRole('list', { name: 'People pictures' });
    // The teacher is already offered from the story, so it is not offered twice.
    expect(within(pictures).queryByRole('button', { name: 'teacher' })).toBeNull();
    const friend = within(pictures).getByRole('button', { name: 'friend' });
    await user.click(friend);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Grandma Rose');
    await user.click(button('Add'));

    const grandmaRose = await screen.findByRole('button', { name: 'Grandma Rose' });
    await waitFor(() => {
      expect(grandmaRose).toHaveAttribute('aria-pressed', 'true');
      expect(friend).toHaveAttribute('aria-pressed', 'true');
    });
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    expect(
      screen.getByRole('group', { name: 'How did friend feel? What do you think?' }),
    ).toBeVisible();
    expect((await stored(id)).map((a) => a.who)).toEqual([
      { kind: 'card', cardId: 'starter-friend' },
      { kind: 'named', name: 'Grandma Rose' },
    ]);
  });

  it('uses calm words, never judgemental ones', () => {
    const words = JSON.stringify(affectedWords);
    expect(words).not.toMatch(/\b(bad|naughty|wrong|fault|blame|punish\w*)\b/i);
  });
});
