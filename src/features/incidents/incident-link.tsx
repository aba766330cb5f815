import { Link } from '../../lib/router';
import type { Incident } from '../../domain/types';
import { useIncidentName } from './incidents-panel';

/** "Part of the incident …": a link from a conversation to the incident it belongs to. */
export function IncidentLink({ incident }: { readonly incident: Incident }) {
  const name = useIncidentName()(incident);
  return (
    <p className="incident-link">
      <Link to={`/incidents/${incident.id}`}>{name}</Link>
    </p>
  );
}
