/**
 * Incidents as data (issue 13): a new incident, changes to its details, who was involved and its
 * safeguarding details, as pure functions. Each returns the same object when nothing changes, so
 * a repository can skip the write. Everything here is staff-only.
 */
import { EMPTY_SAFEGUARDING } from './incident-schema';
import { TEXT_LIMITS as T } from './text-limits';
import type { Incident, Involved, Safeguarding } from './types';

export type IncidentDetails = Pick<Incident, 'occurredAt' | 'place' | 'note'>;
/** Someone to add as involved: what they are, without the entry's id. */
export type NewInvolved =
  | { readonly kind: 'person'; readonly personId: string }
  | { readonly kind: 'peer'; readonly name: string; readonly cardId: string | null }
  | { readonly kind: 'colleague'; readonly name: string };

const DETAIL_LIMITS = { occurredAt: T.incidentAt, place: T.place, note: T.incidentNote } as const;
const SAFEGUARDING_LIMITS = {
  logReference: T.logReference,
  injury: T.injury,
  toldOther: T.toldOther,
  toldAt: T.incidentAt,
} as const;

export function makeIncident(id: string, personId: string, time: number): Incident {
  return {
    id,
    personId,
    occurredAt: '',
    place: '',
    note: '',
    involved: [],
    safeguarding: EMPTY_SAFEGUARDING,
    createdAt: time,
    updatedAt: time,
  };
}

/** Cuts each given text to its limit. */
function clamp<T extends object>(changes: T, limits: Readonly<Record<string, number>>): T {
  const out = { ...changes } as Record<string, unknown>;
  for (const [field, limit] of Object.entries(limits)) {
    const value = out[field];
    if (typeof value === 'string') out[field] = value.slice(0, limit);
  }
  return out as T;
}

function isSame<T extends object>(current: T, changes: Partial<T>): boolean {
  return (Object.keys(changes) as (keyof T)[]).every((key) => current[key] === changes[key]);
}

export function changeDetails(incident: Incident, changes: Partial<IncidentDetails>): Incident {
  const clamped = clamp(changes, DETAIL_LIMITS);
  return isSame(incident, clamped) ? incident : { ...incident, ...clamped };
}

export function changeSafeguarding(incident: Incident, changes: Partial<Safeguarding>): Incident {
  const clamped = clamp(changes, SAFEGUARDING_LIMITS);
  if (isSame(incident.safeguarding, clamped)) return incident;
  return { ...incident, safeguarding: { ...incident.safeguarding, ...clamped } };
}

/** Adds someone involved; a person with a profile already there, or a blank name, is refused. */
export function addInvolved(incident: Incident, id: string, who: NewInvolved): Incident {
  if (who.kind === 'person') {
    const isThere = incident.involved.some(
      (i) => i.kind === 'person' && i.personId === who.personId,
    );
    if (isThere || who.personId === incident.personId) return incident;
    return { ...incident, involved: [...incident.involved, { id, ...who }] };
  }
  const name = who.name.trim().slice(0, T.involvedName);
  if (name === '') return incident;
  const entry: Involved = who.kind === 'peer' ? { id, ...who, name } : { id, ...who, name };
  return { ...incident, involved: [...incident.involved, entry] };
}

/** The library cards an incident points at (peers' pictures), so a one-person backup carries them. */
export function cardIdsOf(incident: Incident): string[] {
  return incident.involved.flatMap((i) => (i.kind === 'peer' && i.cardId ? [i.cardId] : []));
}

export function removeInvolved(incident: Incident, involvedId: string): Incident {
  return incident.involved.some((i) => i.id === involvedId)
    ? { ...incident, involved: incident.involved.filter((i) => i.id !== involvedId) }
    : incident;
}
