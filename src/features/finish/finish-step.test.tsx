import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  feelInStep,
  withSmallCatalogue,
  startConversationAt,
} from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { applyStoryChange } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import {
  choosePositiveActivity,
  chooseStrategy,
  linkFeelingToBehaviour,
  markAffected,
  setAffectedFeelingOf,
} from '../../storage/together-repo';

/** Speech is a true edge of the device (jsdom has none): a small fake records what is said. */
class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

function installSpeech(langs: string[]) {
  const spoken: FakeUtterance[] = [];
  const voices = langs.map((lang) => ({ lang, name: lang, localService: true }));
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    getVoices: () => voices,
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel: vi.fn(),
  });
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return { spoken, synth };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A story of two steps: "teacher, shout", then "At lunch": angry (very big) and sad (some). */
async function openFinish(language = 'en') {
  withSmallCatalogue();
  const id = await startConversationAt(await addPerson('Sam', language), 'finish');
  const first = (await db.conversations.get(id))!.story[0]!.id;
  await applyStoryChange(id, {
    type: 'place',
    placementId: 'p1',
    cardId: 'starter-teacher',
    frameId: first,
  });
  await applyStoryChange(id, {
    type: 'place',
    placementId: 'p2',
    cardId: 'starter-shout',
    frameId: first,
  });
  await applyStoryChange(id, {
    type: 'add-bubble',
    placementId: 'p1',
    bubbleId: 'b1',
    kind: 'they-said',
    text: 'Please sit down',
    cardId: null,
  });
  await applyStoryChange(id, { type: 'add-frame', frameId: 'second' });
  await applyStoryChange(id, { type: 'set-caption', frameId: 'second', caption: 'At lunch' });
  await applyStoryChange(id, {
    type: 'place',
    placementId: 'p3',
    cardId: 'feeling-angry',
    frameId: 'second',
  });
  await feelInStep(id, 'second', 'feeling-angry', { size: 4 });
  await feelInStep(id, 'second', 'feeling-sad', { size: 2 });
  const app = renderAppAt(`/together/${id}`);
  // The step's heading is in the person's words (an Arabic person's "Finish" is النهاية).
  await screen.findByRole('heading', { name: language === 'ar' ? 'النهاية' : 'Finish', level: 1 });
  return { ...app, id };
}

describe('Finish', () => {
  it('shows the whole story in numbered steps, with what was said and how big it felt', async () => {
    await openFinish();
    const story = screen.getByRole('list', { name: 'The whole story' });
    const [one, two] = within(story).getAllByRole('listitem', { name: /^Step \d$/ });
    expect(
      within(within(one!).getByRole('list', { name: 'Pictures in step 1' })).getAllByRole(
        'listitem',
      ),
    ).toHaveLength(2);
    expect(one).toHaveTextContent('teacher');
    expect(one).toHaveTextContent('shout');
    expect(one).toHaveTextContent('teacher said: Please sit down');
    expect(two).toHaveTextContent('At lunch');
    const feelings = within(two!).getByRole('list', { name: 'How it felt in step 2' });
    // Each feeling of the step, in the order chosen, with how big it was.
    expect(
      within(feelings)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['angryVery big (4 of 5)', 'sadSome (2 of 5)']);
    expect(screen.getByText('Thank you for telling me.')).toBeVisible();
    expect(screen.getByText('You did well to talk about it.')).toBeVisible();
  });

  it('tells what was found: feelings and actions, who was affected, and what we will try', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'finish');
    await linkFeelingToBehaviour(id, 'feeling-angry', 'starter-shout');
    await markAffected(id, { kind: 'card', cardId: 'starter-teacher' });
    const affectedId = (await db.conversations.get(id))!.affected[0]!.id;
    await setAffectedFeelingOf(id, affectedId, 'feeling-sad');
    await chooseStrategy(id, 'strategy-ask-break');
    const { spoken } = installSpeech(['en-GB']);
    const { user } = renderAppAt(`/together/${id}`);

    const found = await screen.findByRole('region', { name: 'What we found' });
    expect(within(found).getByText('I felt angry so I shouted.')).toBeVisible();
    expect(within(found).getByText('teacher felt sad.')).toBeVisible();
    // Who was affected and how they felt are shown as pictures too: teacher, then sad.
    const affected = within(found).getByText('teacher felt sad.').closest('li');
    expect(affected?.querySelectorAll('img')).toHaveLength(2);
    expect(affected?.querySelector('[aria-hidden="true"]')?.textContent).toBe('teachersad');
    const tryThese = within(found).getByRole('list', { name: 'We will try' });
    expect(within(tryThese).getByText('ask for a break')).toBeVisible();
    // Each thing to try shows its picture (decorative: the word is its name).
    expect(tryThese.querySelector('img')).not.toBeNull();

    await user.click(await screen.findByRole('button', { name: 'Read the story aloud' }));
    expect(spoken.map((u) => u.text)).toEqual([
      'I felt angry so I shouted.',
      'teacher felt sad.',
      'We will try: ask for a break.',
    ]);
  });

  it('reads the story aloud in the person’s language, and stops when asked', async () => {
    const { spoken, synth } = installSpeech(['en-GB', 'ar-SA']);
    const { user } = await openFinish('ar');
    // The individual's words are the person's, read before the step shows: the first press
    // counts. Staff's "Staff" stays in the staff's language.
    const readAloud = await screen.findByRole('button', { name: 'قراءة القصة بصوت عالٍ' });
    expect(readAloud.closest('[lang]')).toHaveAttribute('lang', 'ar');
    expect(readAloud.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    const staff = screen.getByRole('button', { name: 'Staff' });
    expect(staff.closest('[lang]')).toHaveAttribute('lang', 'en');
    await user.click(readAloud);
    // The story's frame in Arabic's words; the cards here have English words only, the caption
    // is as staff typed it, and the feeling has its Arabic word.
    expect(spoken.map((u) => u.text)).toEqual([
      'أولًا، teacher, shout.',
      'في النهاية، At lunch: غاضب.',
    ]);
    expect(spoken.every((u) => u.lang === 'ar-SA' && u.voice?.lang === 'ar-SA')).toBe(true);
    // The Arabic word is shown in the story too.
    expect(
      screen.getByRole('list', { name: /^الشعور في الخطوة \u20682\u2069$/ }),
    ).toHaveTextContent('غاضب');

    await user.click(screen.getByRole('button', { name: 'إيقاف القراءة' }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'قراءة القصة بصوت عالٍ' })).toBeVisible();
  });

  it('goes back to "Read the story aloud" when the reading ends', async () => {
    const { spoken } = installSpeech(['en-US']);
    const { user } = await openFinish();
    await user.click(await screen.findByRole('button', { name: 'Read the story aloud' }));
    expect(screen.getByRole('button', { name: 'Stop reading' })).toBeVisible();
    spoken.forEach((u) => u.onend?.());
    expect(await screen.findByRole('button', { name: 'Read the story aloud' })).toBeVisible();
  });

  it('invites reading together when the tablet has no voice for the language', async () => {
    installSpeech(['fr-FR']);
    await openFinish();
    expect(
      await screen.findByText(
        'This tablet has no voice for this language. You can read the story together.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Read the story aloud' })).not.toBeInTheDocument();
  });

  it('says the same calmly when the browser cannot speak at all', async () => {
    await openFinish();
    expect(
      await screen.findByText(
        'This tablet has no voice for this language. You can read the story together.',
      ),
    ).toBeVisible();
  });

  it('names the good thing planned together', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'finish');
    await choosePositiveActivity(id, 'starter-football');
    renderAppAt(`/together/${id}`);
    expect(await screen.findByText('Next, we will do this together: football.')).toBeVisible();
    expect(screen.getByText('The story has no pictures yet.')).toBeVisible();
  });

  it('finishes: the conversation is stored as completed and closing words show', async () => {
    const { user, id } = await openFinish();
    expect((await db.conversations.get(id))?.status).toBe('in-progress');
    await user.click(screen.getByRole('button', { name: 'We have finished' }));
    expect(await screen.findByText('We have finished. Thank you.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'We have finished' })).not.toBeInTheDocument();
    // The story is finished as it is: no way back into its steps, only Staff to leave.
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'What happened?' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Break' })).toBeVisible();
    await waitFor(() =>
      expect(screen.getByText('We have finished. Thank you.').parentElement).toHaveFocus(),
    );
    // How staff leave is said in the staff guide, not on the individual's screen.
    expect(screen.queryByText(/use Staff to leave/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Staff guide' }));
    expect(
      within(await screen.findByRole('complementary', { name: 'Staff guide' })).getByText(
        'When you have finished, choose Staff and type the PIN to leave and see the summary.',
      ),
    ).toBeVisible();
    const stored = await db.conversations.get(id);
    expect(stored?.status).toBe('completed');
    expect(stored?.completedAt).toEqual(expect.any(Number));
  });
});
