/**
 * Writes to incidents (issue 13) and the conversations that belong to one. Each call is one user
 * action and one transaction, with its line in the activity log. The change is computed outside
 * the transaction and written only if nobody wrote the incident in between (its `updatedAt`);
 * writes from one tab to one incident are queued, so they land in the order they were made.
 */
import { newRecordId } from './transaction-plans';
import {
  addInvolved,
  changeDetails,
  changeSafeguarding,
  makeIncident,
  removeInvolved,
  type IncidentDetails,
  type NewInvolved,
} from '../domain/incidents';
import { firstStepOf } from '../domain/conversation-kinds';
import {
  EMPTY_PREPARATION,
  type Conversation,
  type Incident,
  type Safeguarding,
} from '../domain/types';
import { noteInAudit } from './audit-repo';
import { db, now } from './database';
import { makeConversation, togetherOpenOn } from './conversations-repo';
import { WriteQueue } from './write-queue';
import { writeTransaction } from './protection';

const MAX_ATTEMPTS = 5;

export class IncidentNotFoundError extends Error {
  constructor(id: string) {
    super(`Incident ${id} was not found`);
    this.name = 'IncidentNotFoundError';
  }
}

/** "Add incident" on a person's page: a new, empty incident; returns its id. */
export async function addIncident(personId: string): Promise<string> {
  const incident = makeIncident(newRecordId(), personId, now());
  await writeTransaction([db.people, db.incidents, db.audit], async () => {
    if (!(await db.people.get(personId))) throw new Error(`Person ${personId} was not found`);
    await db.incidents.add(incident);
    await noteInAudit({ action: 'created', subject: 'incident', recordId: incident.id, personId });
  });
  return incident.id;
}

/** Writes from this tab to one incident run in order, so the last choice made is the one kept. */
const writes = new WriteQueue();

function updateIncident(id: string, change: (current: Incident) => Incident): Promise<Incident> {
  return writes.inTurn(id, () => writeWithRetry(id, change));
}

async function writeWithRetry(id: string, change: (current: Incident) => Incident) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = await db.incidents.get(id);
    if (!current) throw new IncidentNotFoundError(id);
    const changed = change(current);
    if (changed === current) return current;
    const next: Incident = { ...changed, updatedAt: Math.max(now(), current.updatedAt + 1) };
    const written = await writeTransaction([db.incidents, db.audit], async () => {
      if ((await db.incidents.get(id))?.updatedAt !== current.updatedAt) return false;
      await db.incidents.put(next);
      await noteInAudit({
        action: 'changed',
        subject: 'incident',
        recordId: id,
        personId: next.personId,
      });
      return true;
    });
    if (written) return next;
  }
  throw new Error(`Incident ${id} kept changing under this write`);
}

/** When, where and the factual note; only the fields given change. */
export function saveIncidentDetails(id: string, changes: Partial<IncidentDetails>) {
  return updateIncident(id, (i) => changeDetails(i, changes));
}

/** The safeguarding details (staff-only); only the fields given change. */
export function saveSafeguarding(id: string, changes: Partial<Safeguarding>) {
  return updateIncident(id, (i) => changeSafeguarding(i, changes));
}

/** Adds someone who was involved; returns their entry's id. */
export async function addInvolvedPerson(id: string, who: NewInvolved): Promise<string> {
  const entryId = newRecordId();
  await updateIncident(id, (i) => addInvolved(i, entryId, who));
  return entryId;
}

export function removeInvolvedPerson(id: string, involvedId: string) {
  return updateIncident(id, (i) => removeInvolved(i, involvedId));
}

const isWaiting = (c: Conversation) => c.status === 'planned' || c.status === 'postponed';

/**
 * "Prepare a conversation" on an incident: the individual's own conversation for it. One that
 * belongs to the incident and is not finished is continued; a prepared one of the person that
 * belongs to no incident joins this one; otherwise a new one is planned, with the incident's
 * when and where. Never a second: "Start together" on the person's page goes on with it.
 */
export async function prepareIncidentConversation(incidentId: string): Promise<string> {
  const incident = await db.incidents.get(incidentId);
  if (!incident) throw new IncidentNotFoundError(incidentId);
  const own = (await db.conversations.where('personId').equals(incident.personId).toArray())
    .filter((c) => c.kind === 'own')
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const open = own.find((c) => c.incidentId === incidentId && c.status !== 'completed');
  if (open) return open.id;
  const waiting = own.find((c) => c.incidentId === null && isWaiting(c));
  const time = now();
  const conversation: Conversation = waiting
    ? { ...waiting, incidentId, revision: waiting.revision + 1, updatedAt: time }
    : {
        ...makeConversation({
          id: newRecordId(),
          personId: incident.personId,
          firstFrameId: newRecordId(),
          status: 'planned',
          time,
          incidentId,
        }),
        preparation: {
          ...EMPTY_PREPARATION,
          incidentAt: incident.occurredAt,
          place: incident.place,
        },
      };
  await writeTransaction([db.conversations, db.audit], async () => {
    if (waiting && (await db.conversations.get(waiting.id))?.revision !== waiting.revision) {
      throw new Error(`Conversation ${waiting.id} changed meanwhile; try again`);
    }
    await db.conversations.put(conversation);
    await noteInAudit({
      action: waiting ? 'changed' : 'created',
      subject: 'conversation',
      recordId: conversation.id,
      personId: incident.personId,
    });
  });
  return conversation.id;
}

/** Where "Talk with someone affected" goes on: Together, or the staff debrief screen. */
export interface TalkStart {
  readonly conversationId: string;
  readonly next: 'together' | 'debrief';
}

/**
 * "Talk with someone affected": a talk with a person or a peer in Together (opened on this
 * tablet in the same write), or a colleague's debrief on a staff screen. An unfinished talk with
 * the same person is continued, never doubled. It belongs to the incident's person, so erasing
 * them and backing them up take it along.
 */
export async function talkWithAffected(incidentId: string, involvedId: string): Promise<TalkStart> {
  const incident = await db.incidents.get(incidentId);
  const who = incident?.involved.find((i) => i.id === involvedId);
  if (!incident || !who) throw new IncidentNotFoundError(incidentId);
  const kind = who.kind === 'colleague' ? 'debrief' : 'affected';
  const next = kind === 'debrief' ? 'debrief' : 'together';
  const talks = await db.conversations.where('incidentId').equals(incidentId).toArray();
  const open = talks.find((c) => c.withWho === involvedId && c.status !== 'completed');
  const conversation =
    open ??
    makeConversation({
      id: newRecordId(),
      personId: incident.personId,
      firstFrameId: newRecordId(),
      status: 'in-progress',
      time: now(),
      incidentId,
      kind,
      withWho: involvedId,
      step: firstStepOf(kind),
    });
  await writeTransaction([db.conversations, db.audit, db.settings], async () => {
    if (!open) {
      await db.conversations.add(conversation);
      await noteInAudit({
        action: 'created',
        subject: 'conversation',
        recordId: conversation.id,
        personId: incident.personId,
      });
    }
    if (next === 'together') await db.settings.put(togetherOpenOn(conversation.id));
  });
  return { conversationId: conversation.id, next };
}
