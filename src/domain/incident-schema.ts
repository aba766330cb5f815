/**
 * The incident record (issue 13): when and where something happened, a short factual note, who
 * was involved, and the safeguarding details a lead looks for. Everything in it is staff-only:
 * no Together screen and no easy-read or family output reads an incident. Defined once for both
 * readings of the record kit (record-kit.ts), like the conversation (conversation-schema.ts).
 */
import * as v from 'valibot';
import { recordId as id, stampText, time, type RecordKit } from './record-kit';
import { TOLD_WHO } from './record-values';
import { TEXT_LIMITS as T } from './text-limits';

export function defineIncident(k: RecordKit) {
  const words = (max: number) => k.orEmpty(k.text(max), '');

  /**
   * Someone involved. A person with a profile is pointed at; a peer without one is a name and a
   * picture (a library card, or null for a people symbol); a colleague is a name.
   */
  const involved = v.variant('kind', [
    k.object({ id, kind: v.literal('person'), personId: id }),
    k.object({
      id,
      kind: v.literal('peer'),
      name: words(T.involvedName),
      cardId: k.orNull(id),
    }),
    k.object({ id, kind: v.literal('colleague'), name: words(T.involvedName) }),
  ]);

  /** Staff-only, never on a Together screen nor in an easy-read or family output. */
  const safeguarding = k.object({
    /** The incident's reference in the service's own incident log. */
    logReference: words(T.logReference),
    /** Whether physical intervention was used; null: not answered. */
    physicalIntervention: k.orNull(v.boolean()),
    injury: words(T.injury),
    told: k.list(v.picklist(TOLD_WHO)),
    toldOther: words(T.toldOther),
    /** When they were told: a local date-time (yyyy-mm-ddThh:mm) or empty. */
    toldAt: words(T.incidentAt),
  });

  const incident = k.object({
    id,
    /** The individual whose incident it is: the person's page lists it, erasing them erases it. */
    personId: id,
    /** Local date and time, as typed (yyyy-mm-ddThh:mm), or empty. */
    occurredAt: words(T.incidentAt),
    place: words(T.place),
    /** A short factual note: staff-only. */
    note: words(T.incidentNote),
    involved: k.list(involved),
    safeguarding: k.orEmpty(safeguarding, EMPTY_SAFEGUARDING),
    createdAt: k.orEmpty(time, 0),
    updatedAt: k.orEmpty(time, 0),
    stamp: k.optional(stampText),
  });

  return { involved, safeguarding, incident };
}

export const EMPTY_SAFEGUARDING = {
  logReference: '',
  physicalIntervention: null,
  injury: '',
  told: [],
  toldOther: '',
  toldAt: '',
} as const;
