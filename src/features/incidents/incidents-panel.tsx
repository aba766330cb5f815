/**
 * A person's incidents on their page: "Add incident" and each incident by its date and place,
 * linking to the incident. Loaded with its words when the page opens, not with the first screen.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../lib/router';
import type { Incident } from '../../domain/types';
import { addIncident } from '../../storage/incidents-repo';
import { useIncidentsOf } from '../../storage/use-incidents';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { formatLocalDateTime } from './format-local';
import './incidents.css';

export function IncidentsPanel({ personId }: { readonly personId: string }) {
  const { t } = useTranslation('incident');
  const incidents = useIncidentsOf(personId);
  const navigate = useNavigate();
  const [saveProblem, save] = useSave();
  const add = () => {
    const write = addIncident(personId);
    save(write, () => void write.then((id) => navigate(`/incidents/${id}`)));
  };
  return (
    <section className="incidents panel" aria-labelledby="incidents-heading">
      <div className="panel__top">
        <h2 id="incidents-heading">{t('panel.heading')}</h2>
        <button type="button" className="button" onClick={add}>
          {t('panel.add')}
        </button>
      </div>
      <SaveProblemNotice problem={saveProblem} />
      {incidents === undefined ? null : incidents.length === 0 ? (
        <p className="empty">{t('panel.none')}</p>
      ) : (
        <ul className="incidents__list">
          {incidents.map((incident) => (
            <IncidentItem key={incident.id} incident={incident} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Incident 1 Dec 2026, 10:30, the hall": what an incident is called in lists and links. */
export function useIncidentName(): (incident: Incident) => string {
  const { t, i18n } = useTranslation('incident');
  return (incident) => {
    const date = formatLocalDateTime(incident.occurredAt, i18n.language) || t('panel.noDate');
    return incident.place
      ? t('panel.itemAt', { date, place: incident.place })
      : t('panel.item', { date });
  };
}

function IncidentItem({ incident }: { readonly incident: Incident }) {
  const name = useIncidentName()(incident);
  return (
    <li className="incidents__item">
      <Link className="incidents__link" to={`/incidents/${incident.id}`}>
        {name}
      </Link>
    </li>
  );
}
