import { useTranslation } from 'react-i18next';
import type { IncidentDetails as Details } from '../../domain/incidents';
import type { Incident } from '../../domain/types';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { SavedTextField } from '../../ui/saved-text-field';

export interface IncidentDetailsProps {
  readonly incident: Incident;
  /** Stores a change; a write that fails is said by the screen. */
  readonly onSave: (changes: Partial<Details>) => void;
}

/** When, where and a short factual note: each saved as it is typed. */
export function IncidentDetails({ incident, onSave }: IncidentDetailsProps) {
  const { t } = useTranslation('incident');
  return (
    <section className="panel" aria-labelledby="incident-details-heading">
      <h2 id="incident-details-heading">{t('details.heading')}</h2>
      <SavedTextField
        type="datetime-local"
        label={t('details.when')}
        value={incident.occurredAt}
        onSave={(occurredAt) => onSave({ occurredAt })}
      />
      <SavedTextField
        label={t('details.where')}
        placeholder={t('details.wherePlaceholder')}
        maxLength={TEXT_LIMITS.place}
        value={incident.place}
        onSave={(place) => onSave({ place })}
      />
      <SavedTextField
        isMultiline
        className="staff-only"
        label={t('details.note')}
        hint={t('details.noteHint')}
        maxLength={TEXT_LIMITS.incidentNote}
        value={incident.note}
        onSave={(note) => onSave({ note })}
      />
    </section>
  );
}
