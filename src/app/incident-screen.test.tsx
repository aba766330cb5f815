import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from '../../tests/render-app';
import { db } from '../storage/database';
import {
  addIncident,
  addInvolvedPerson,
  prepareIncidentConversation,
  saveIncidentDetails,
} from '../storage/incidents-repo';
import { addPerson } from '../storage/people-repo';

async function incidentOf(id: string) {
  const found = await db.incidents.get(id);
  if (!found) throw new Error('missing');
  return found;
}

describe('the incident screen', () => {
  it('opens from "Add incident" on the person’s page and lists the incident there', async () => {
    const personId = await addPerson('Sam');
    const { user } = renderAppAt(`/people/${personId}`);
    await user.click(await screen.findByRole('button', { name: 'Add incident' }));
    expect(await screen.findByRole('heading', { name: 'Incident', level: 1 })).toBeVisible();
    const [incident] = await db.incidents.toArray();
    expect(incident?.personId).toBe(personId);
    await user.type(screen.getByLabelText('Where did it happen?'), 'The hall');
    await user.click(screen.getByRole('link', { name: 'Back to Sam' }));
    expect(await screen.findByRole('link', { name: /Incident .*The hall/ })).toBeVisible();
  });

  it('saves details and safeguarding as they are typed and chosen', async () => {
    const personId = await addPerson('Sam');
    const id = await addIncident(personId);
    const { user } = renderAppAt(`/incidents/${id}`);
    await user.type(await screen.findByLabelText('Incident log reference'), 'LOG-42');
    await user.type(screen.getByLabelText('A short, factual note'), 'Chair pushed over.');
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByLabelText('Any injury'), 'A scratch');
    await user.click(screen.getByRole('checkbox', { name: 'The safeguarding lead' }));
    await user.click(screen.getByRole('checkbox', { name: 'Someone else' }));
    await user.type(await screen.findByLabelText('Who else was told?'), 'The manager');
    await user.tab();
    await waitFor(async () =>
      expect(await incidentOf(id)).toMatchObject({
        note: 'Chair pushed over.',
        safeguarding: {
          logReference: 'LOG-42',
          physicalIntervention: true,
          injury: 'A scratch',
          told: ['safeguarding-lead', 'other'],
          toldOther: 'The manager',
        },
      }),
    );
  });

  it('adds a peer without a profile and a colleague, and offers a talk with each', async () => {
    const personId = await addPerson('Sam');
    const id = await addIncident(personId);
    const { user } = renderAppAt(`/incidents/${id}`);
    await user.type(await screen.findByLabelText('Their name'), 'Ali');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Ali')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'A colleague' }));
    await user.type(screen.getByLabelText('Their name'), 'Jo');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Jo')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Talk with someone affected' }));
    expect(screen.getByRole('button', { name: 'Talk with Ali' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Debrief with Jo' }));
    expect(await screen.findByRole('heading', { name: 'Debrief with Jo' })).toBeVisible();
    await user.type(screen.getByLabelText(/hardest thing for you/), 'Being scared');
    await user.tab();
    const [debrief] = await db.conversations.where('incidentId').equals(id).toArray();
    await waitFor(async () =>
      expect((await db.conversations.get(debrief?.id ?? ''))?.answers['hardest']?.text).toBe(
        'Being scared',
      ),
    );
  });

  it('prepares the individual’s conversation for the incident and shows which incident it belongs to', async () => {
    const personId = await addPerson('Sam');
    const id = await addIncident(personId);
    await addInvolvedPerson(id, { kind: 'peer', name: 'Ali', cardId: null });
    const { user } = renderAppAt(`/incidents/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Prepare a conversation' }));
    expect(await screen.findByRole('heading', { name: 'Prepare a conversation' })).toBeVisible();
    const [conversation] = await db.conversations.toArray();
    expect(conversation).toMatchObject({ incidentId: id, kind: 'own' });
  });

  it('shows on a conversation’s summary and in the person’s list which incident it belongs to', async () => {
    const personId = await addPerson('Sam');
    const id = await addIncident(personId);
    await saveIncidentDetails(id, { place: 'The hall' });
    const conversationId = await prepareIncidentConversation(id);
    const { user } = renderAppAt(`/conversations/${conversationId}/summary`);
    await user.click(await screen.findByRole('link', { name: /^Incident .*The hall$/ }));
    expect(await screen.findByRole('heading', { name: 'Incident', level: 1 })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back to Sam' }));
    await user.click(await screen.findByRole('link', { name: 'Part of an incident' }));
    expect(await screen.findByRole('heading', { name: 'Incident', level: 1 })).toBeVisible();
  });
});
