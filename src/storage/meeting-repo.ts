/**
 * Writes for a meeting together (issue 13, point 3) and for what each person agrees to share in
 * it. Each call is one user action and one transaction (conversation-writes.ts); the staff name
 * of the activity log stamps every readiness answer.
 */
import { newRecordId } from './transaction-plans';
import {
  answerReadiness,
  finishMeeting,
  meetingParticipants,
  pauseMeeting,
  setShared,
  startMeeting as start,
  toggleAgreed,
  type ReadinessChange,
} from '../domain/meeting';
import type { Conversation, ShareItem } from '../domain/types';
import { noteInAudit } from './audit-repo';
import { updateConversation } from './conversation-writes';
import { makeConversation } from './conversations-repo';
import { db, now } from './database';
import { IncidentNotFoundError } from './incidents-repo';
import { currentActor } from './staff-actor';
import { writeTransaction } from './protection';

/**
 * "Plan a meeting together" on an incident: continues the meeting not yet finished, or plans a
 * new one. Returns its id.
 */
export async function planMeeting(incidentId: string): Promise<string> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) throw new IncidentNotFoundError(incidentId);
  const talks = await db.conversations.where('incidentId').equals(incidentId).toArray();
  const open = talks.find((c) => c.kind === 'meeting' && c.status !== 'completed');
  if (open) return open.id;
  const meeting = makeConversation({
    id: newRecordId(),
    personId: incident.personId,
    firstFrameId: newRecordId(),
    status: 'planned',
    time: now(),
    incidentId,
    kind: 'meeting',
  });
  await writeTransaction([db.conversations, db.audit], async () => {
    await db.conversations.add(meeting);
    await noteInAudit({
      action: 'created',
      subject: 'conversation',
      recordId: meeting.id,
      personId: incident.personId,
    });
  });
  return meeting.id;
}

/** One person's answer to the readiness check for the meeting, with when and who asked. */
export function saveMeetingReadiness(
  meetingId: string,
  key: string,
  change: ReadinessChange,
): Promise<Conversation> {
  const stamp = { at: now(), actor: currentActor() };
  return updateConversation(meetingId, (c) => answerReadiness(c, key, change, stamp));
}

/** A person agrees to share one item of their own talk in a meeting together, or takes it back. */
export function shareInMeeting(
  conversationId: string,
  item: ShareItem,
  isShared: boolean,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => setShared(c, item, isShared));
}

/** "Start the meeting": refused (nothing changes) unless everyone is ready, as read now. */
export async function startMeeting(meetingId: string): Promise<Conversation> {
  const meeting = await db.conversations.get(meetingId);
  const incident = meeting?.incidentId ? await db.incidents.get(meeting.incidentId) : undefined;
  if (!meeting || !incident) throw new IncidentNotFoundError(meeting?.incidentId ?? meetingId);
  const talks = await db.conversations.where('incidentId').equals(incident.id).toArray();
  const participants = meetingParticipants(incident, talks);
  const time = now();
  return updateConversation(meetingId, (c) => start(c, participants, time));
}

/** "Stop for now": back to getting ready. */
export function stopMeetingForNow(meetingId: string): Promise<Conversation> {
  return updateConversation(meetingId, pauseMeeting);
}

/** A way to make things right agreed together in the meeting, or taken back. */
export function agreeTogether(meetingId: string, cardId: string): Promise<Conversation> {
  return updateConversation(meetingId, (c) => toggleAgreed(c, cardId));
}

/** "Finish the meeting". */
export function endMeeting(meetingId: string): Promise<Conversation> {
  const time = now();
  return updateConversation(meetingId, (c) => finishMeeting(c, time));
}
