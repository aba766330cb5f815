import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startConversationAt, withPlanCatalogue } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { applyStoryChange } from '../../storage/conversations-repo';
import { addPerson } from '../../storage/people-repo';
import {
  chooseNeed,
  chooseRepair,
  chooseRepairNotNow,
  markStartStep,
  tieStrategyToFeeling,
} from '../../storage/together-plan-repo';
import { chooseStrategy, finishConversation } from '../../storage/together-repo';

async function openSummary(id: string) {
  renderAppAt(`/conversations/${id}/summary`);
  await screen.findByRole('heading', { name: 'Summary: Sam', level: 1 });
}

const section = (name: string) => screen.getByRole('region', { name });

describe('the staff summary, for the support plan', () => {
  it('says what started it, what they needed, the repairs and "When I feel …, I can …"', async () => {
    withPlanCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'finish');
    await applyStoryChange(id, { type: 'add-frame', frameId: 'second' });
    await markStartStep(id, 'second');
    await chooseNeed(id, 'need-listen');
    await chooseRepair(id, 'repair-say-sorry');
    await chooseStrategy(id, 'strategy-ask-break');
    await tieStrategyToFeeling(id, 'strategy-ask-break', 'feeling-angry');
    await finishConversation(id);
    await openSummary(id);

    expect(section('What started it')).toHaveTextContent('It started in step 2.');
    const story = screen.getByRole('list', { name: 'Story steps' });
    expect(within(story).getByRole('listitem', { name: 'Step 2' })).toHaveTextContent(
      'It started here',
    );
    expect(within(section('What they needed')).getByText('someone to listen')).toBeVisible();
    expect(within(section('Making things right')).getByText('say sorry my way')).toBeVisible();
    expect(section('When I feel …, I can …')).toHaveTextContent(
      'When I feel angry, I can ask for a break.',
    );
  });

  it('records "not now" as an answer, and says plainly what was not chosen', async () => {
    withPlanCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'finish');
    await chooseRepairNotNow(id, true);
    await openSummary(id);
    expect(section('Making things right')).toHaveTextContent('Not now: a valid answer.');
    expect(section('What started it')).toHaveTextContent('Not marked.');
    expect(section('What they needed')).toHaveTextContent('Not chosen.');
    expect(section('When I feel …, I can …')).toHaveTextContent('None tied to a feeling.');
  });
});
