/**
 * Journey: a whole restorative conversation by finger on a tablet — choices on Welcome, the story
 * by dragging, a puppet with a thought bubble, feelings and their size, who was affected, what
 * helps, something good, Finish — then the staff summary holds everything chosen.
 */
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { StaffExit } from './pages/staff-exit';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import {
  AffectedStep,
  byTouch,
  FeelingsStep,
  FinishStep,
  NextTimeStep,
  SomethingGoodStep,
  SummaryPage,
  WelcomeStep,
} from './pages/together-steps';

test('a whole conversation by touch, acted out with puppets, ends in a summary that holds it all', async ({
  page,
}) => {
  // Every step of the conversation by finger, and the summary: a long journey by design.
  test.slow();
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  await people.startTogetherAtWelcome('Sam');
  const together = new TogetherPage(page);

  const welcome = new WelcomeStep(page);
  await welcome.chooseWays(byTouch, ['Pictures', 'Puppets']);
  await welcome.choose(byTouch, 'No, just us');
  await welcome.choose(byTouch, "No, let's start");
  await together.next('What happened?');

  const board = new StoryboardPage(page);
  await board.addStep();
  await board.showKind('People');
  await board.touchDrag(board.trayPicture('child'), board.step(1));
  await board.touchDrag(board.trayPicture('teacher'), board.step(1));
  await board.expectPictures(1, ['child', 'teacher']);
  await board.addWords('child', 1, { whose: 'What I thought', words: 'I want to finish my game' });
  await board.addWords('teacher', 1, { whose: 'What they said', card: 'Stop' });
  await board.showKind('Actions');
  await board.touchDrag(board.trayPicture('hit'), board.step(2));
  await board.expectPictures(2, ['hit']);
  await together.next('How did it feel?');

  const feelings = new FeelingsStep(page);
  await feelings.showStep(byTouch, 1);
  await feelings.feel(byTouch, 'worried', '3 Big');
  await feelings.showStep(byTouch, 2);
  await feelings.feel(byTouch, 'angry', '5 Huge');
  await feelings.link(byTouch, 'angry', 'hit');
  await feelings.anotherFeeling(byTouch);
  await feelings.feel(byTouch, 'scared', '2 Some');
  await together.next('Who was affected?');

  await new AffectedStep(page).mark(byTouch, 'teacher', 'sad');
  await together.next('Making things right');
  await together.next('What can help next time?');

  const nextTime = new NextTimeStep(page);
  await nextTime.choose(byTouch, 'ask for a break');
  await nextTime.choose(byTouch, 'ear defenders');
  await nextTime.staffWill(byTouch, 'Give more warning before changes', 'A five-minute warning');
  await together.next('Something good together');

  await new SomethingGoodStep(page).plan(byTouch, 'football', 'Tomorrow');
  await together.next('Finish');

  const finish = new FinishStep(page);
  await expect(finish.story.getByRole('listitem', { name: 'Step 1', exact: true })).toContainText(
    'I want to finish my game',
  );
  await finish.readAloudOrFallback(byTouch);
  await finish.finish(byTouch);

  await new StaffExit(page).leave('touch');
  const summary = new SummaryPage(page, 'Sam');
  await summary.expectShown();
  await summary.expectHolds({
    'The story': [
      'child',
      'teacher',
      'I want to finish my game',
      'Stop',
      'hit',
      'worried',
      'angry',
      'scared',
    ],
    'I felt … so I …': ['I felt angry so I hit.'],
    'Who was affected': ['teacher', 'sad'],
    'What can help next time': ['ask for a break', 'ear defenders'],
    'What we will do differently': [/warning before changes/i, 'A five-minute warning'],
    'Something good together': ['football'],
    'Choices at the start': [/puppets/i, /pictures/i],
  });
  // Finished, the record stays as it was: a later note is added with its date and staff name.
  const notes = summary.section('Staff notes');
  await notes.getByRole('textbox', { name: 'Add a note' }).fill('Calm throughout.');
  await notes.getByRole('button', { name: 'Add note', exact: true }).tap();
  const added = notes.getByRole('list', { name: 'Notes added later' });
  await expect(added.getByText(/^Added .+ by Sam Staff$/)).toBeVisible();
  await expect(added.getByText('Calm throughout.', { exact: true })).toBeVisible();
  await expect(notes.getByRole('textbox', { name: 'Add a note' })).toHaveValue('');
  expect(await together.stored()).toMatchObject({
    status: 'completed',
    staffNotes: '',
    additions: [{ actor: 'Sam Staff', text: 'Calm throughout.' }],
  });
});
