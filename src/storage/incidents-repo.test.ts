import { describe, expect, it } from 'vitest';
import { db } from './database';
import { exportBackup } from './backup/export-backup';
import { applyBackup, readBackup } from './backup/restore-backup';
import { planConversation, startOrContinueTogether } from './conversations-repo';
import {
  addIncident,
  addInvolvedPerson,
  prepareIncidentConversation,
  saveIncidentDetails,
  saveSafeguarding,
  talkWithAffected,
} from './incidents-repo';
import { deletePersonEverywhere } from './person-erase';
import { addPerson } from './people-repo';
import { ACTIVE_TOGETHER_KEY } from './session-repo';

async function incidentOf(id: string) {
  const found = await db.incidents.get(id);
  if (!found) throw new Error('missing');
  return found;
}

describe('incidents and their conversations', () => {
  it('adds an incident to a person and keeps its details and safeguarding as typed', async () => {
    const personId = await addPerson('Sam');
    const id = await addIncident(personId);
    await saveIncidentDetails(id, { occurredAt: '2026-12-01T10:30', place: 'The hall' });
    await saveSafeguarding(id, { logReference: 'LOG-42', physicalIntervention: true });
    await saveSafeguarding(id, { told: ['parents-carers', 'safeguarding-lead'] });
    const incident = await incidentOf(id);
    expect(incident).toMatchObject({
      personId,
      occurredAt: '2026-12-01T10:30',
      place: 'The hall',
      safeguarding: {
        logReference: 'LOG-42',
        physicalIntervention: true,
        told: ['parents-carers', 'safeguarding-lead'],
      },
    });
    const log = await db.audit.where('recordId').equals(id).toArray();
    expect(log.map((e) => [e.action, e.subject])).toContainEqual(['created', 'incident']);
  });

  it('prepares the individual’s conversation for the incident once, and "Start together" continues it', async () => {
    const personId = await addPerson('Sam');
    const id = await addIncident(personId);
    await saveIncidentDetails(id, { occurredAt: '2026-12-01T10:30', place: 'The hall' });
    const conversationId = await prepareIncidentConversation(id);
    const conversation = await db.conversations.get(conversationId);
    expect(conversation).toMatchObject({
      incidentId: id,
      kind: 'own',
      status: 'planned',
      preparation: { incidentAt: '2026-12-01T10:30', place: 'The hall' },
    });
    // A second "Prepare a conversation" on the incident continues it, never makes another.
    expect(await prepareIncidentConversation(id)).toBe(conversationId);
    expect(await startOrContinueTogether(personId)).toEqual({ conversationId, next: 'ready' });
    expect(await db.conversations.count()).toBe(1);
    const linked = await db.conversations.where('incidentId').equals(id).primaryKeys();
    expect(linked).toEqual([conversationId]);
  });

  it('joins a prepared conversation that belongs to no incident rather than making a second', async () => {
    const personId = await addPerson('Sam');
    const planned = await planConversation(personId);
    const id = await addIncident(personId);
    expect(await prepareIncidentConversation(id)).toBe(planned);
    expect((await db.conversations.get(planned))?.incidentId).toBe(id);
    expect(await db.conversations.count()).toBe(1);
  });

  it('talks with a peer in Together and debriefs a colleague, each once, never through "Start together"', async () => {
    const personId = await addPerson('Sam');
    const id = await addIncident(personId);
    const peer = await addInvolvedPerson(id, { kind: 'peer', name: 'Ali', cardId: null });
    const colleague = await addInvolvedPerson(id, { kind: 'colleague', name: 'Jo' });

    const talk = await talkWithAffected(id, peer);
    expect(talk.next).toBe('together');
    expect((await db.settings.get(ACTIVE_TOGETHER_KEY))?.value).toBe(talk.conversationId);
    expect(await db.conversations.get(talk.conversationId)).toMatchObject({
      personId,
      incidentId: id,
      kind: 'affected',
      withWho: peer,
      step: 'what-happened',
      status: 'in-progress',
    });
    expect(await talkWithAffected(id, peer)).toEqual(talk);
    await db.settings.delete(ACTIVE_TOGETHER_KEY);

    const debrief = await talkWithAffected(id, colleague);
    expect(debrief.next).toBe('debrief');
    expect((await db.conversations.get(debrief.conversationId))?.kind).toBe('debrief');
    expect(await db.settings.get(ACTIVE_TOGETHER_KEY)).toBeUndefined();

    // "Start together" on the person's page starts the person's own conversation.
    const way = await startOrContinueTogether(personId);
    expect([talk.conversationId, debrief.conversationId]).not.toContain(way.conversationId);
    expect((await db.conversations.get(way.conversationId))?.kind).toBe('own');
  });

  it('is erased with the person, with every conversation that belongs to it', async () => {
    const personId = await addPerson('Sam');
    const other = await addPerson('Jo');
    const id = await addIncident(personId);
    const kept = await addIncident(other);
    const peer = await addInvolvedPerson(id, { kind: 'peer', name: 'Ali', cardId: null });
    await prepareIncidentConversation(id);
    await talkWithAffected(id, peer);

    await deletePersonEverywhere(personId);
    expect(await db.incidents.get(id)).toBeUndefined();
    expect(await db.conversations.where('incidentId').equals(id).count()).toBe(0);
    expect((await db.tombstones.get(id))?.table).toBe('incidents');
    expect(await db.incidents.get(kept)).toBeDefined();
    const pointing = await db.audit.where('recordId').equals(id).count();
    expect(pointing).toBe(0);
  });

  it('travels in a backup and comes back whole, its conversations still linked', async () => {
    const personId = await addPerson('Sam');
    const id = await addIncident(personId);
    await saveSafeguarding(id, { logReference: 'LOG-42', injury: 'A scratch' });
    await addInvolvedPerson(id, { kind: 'peer', name: 'Ali', cardId: 'starter-friend' });
    const conversationId = await prepareIncidentConversation(id);
    const before = await incidentOf(id);

    for (const personScope of [undefined, personId]) {
      const bytes = await exportBackup(personScope ? { personId: personScope } : {});
      await applyBackup(await readBackup(bytes), 'replace');
      expect(await db.incidents.get(id)).toEqual(before);
      expect((await db.conversations.get(conversationId))?.incidentId).toBe(id);
    }
  });
});
