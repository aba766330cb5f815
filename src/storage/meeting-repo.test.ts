import { describe, expect, it } from 'vitest';
import { startOrContinueTogether } from './conversations-repo';
import { db } from './database';
import { addIncident, addInvolvedPerson, prepareIncidentConversation } from './incidents-repo';
import {
  agreeTogether,
  endMeeting,
  planMeeting,
  saveMeetingReadiness,
  shareInMeeting,
  startMeeting,
} from './meeting-repo';
import { addPerson } from './people-repo';
import { rememberActor } from './staff-actor';

async function meetingOf(id: string) {
  const found = await db.conversations.get(id);
  if (!found) throw new Error('missing');
  return found;
}

async function anIncident() {
  const personId = await addPerson('Jo');
  const incidentId = await addIncident(personId);
  const samId = await addInvolvedPerson(incidentId, { kind: 'peer', name: 'Sam', cardId: null });
  return { personId, incidentId, samId };
}

describe('a meeting together', () => {
  it('is planned once per incident and never taken for the individual’s own conversation', async () => {
    const { personId, incidentId } = await anIncident();
    const id = await planMeeting(incidentId);
    expect(await planMeeting(incidentId)).toBe(id);
    expect(await meetingOf(id)).toMatchObject({ kind: 'meeting', status: 'planned', incidentId });
    // "Start together" goes on with the person's own conversation, not the meeting.
    const own = await prepareIncidentConversation(incidentId);
    expect(await startOrContinueTogether(personId)).toEqual({ conversationId: own, next: 'ready' });
  });

  it('records each person’s agreement with the staff name, and starts only when everyone is ready', async () => {
    const { personId, incidentId, samId } = await anIncident();
    const id = await planMeeting(incidentId);
    rememberActor('Priya');
    await saveMeetingReadiness(id, personId, { agrees: 'yes', gangedUp: 'no' });
    await saveMeetingReadiness(id, samId, { agrees: 'yes', gangedUp: 'unsure' });
    expect((await meetingOf(id)).meeting?.people[samId]).toMatchObject({
      agrees: 'yes',
      gangedUp: 'unsure',
      actor: 'Priya',
    });
    await startMeeting(id);
    expect((await meetingOf(id)).status).toBe('planned');

    await saveMeetingReadiness(id, samId, { gangedUp: 'no' });
    await startMeeting(id);
    await agreeTogether(id, 'repair-say-sorry');
    await endMeeting(id);
    expect(await meetingOf(id)).toMatchObject({
      status: 'completed',
      meeting: { agreed: ['repair-say-sorry'] },
    });
    // A finished meeting stays as it was.
    await agreeTogether(id, 'repair-help-fix');
    expect((await meetingOf(id)).meeting?.agreed).toEqual(['repair-say-sorry']);
  });

  it('keeps consent to share on a finished talk', async () => {
    const { incidentId } = await anIncident();
    const own = await prepareIncidentConversation(incidentId);
    await db.conversations.update(own, { status: 'completed', completedAt: 2_000 });
    await shareInMeeting(own, 'story', true);
    expect((await meetingOf(own)).shared).toEqual(['story']);
    await shareInMeeting(own, 'story', false);
    expect((await meetingOf(own)).shared).toEqual([]);
  });
});
