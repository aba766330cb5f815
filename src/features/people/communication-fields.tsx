import { useTranslation } from 'react-i18next';
import type { Communication } from '../../domain/types';

const KEYS = ['symbols', 'photos', 'readsText', 'speech'] as const;

export interface CommunicationFieldsProps {
  readonly value: Communication;
  readonly onChange: (value: Communication) => void;
}

/** How the person communicates, as four checkboxes; it shapes what Together offers them. */
export function CommunicationFields({ value, onChange }: CommunicationFieldsProps) {
  const { t } = useTranslation('profile');
  return (
    <fieldset className="profile-section communication-fields">
      <legend>{t('communication.legend')}</legend>
      {KEYS.map((key) => (
        <label key={key} className="check">
          <input
            type="checkbox"
            checked={value[key]}
            onChange={(e) => onChange({ ...value, [key]: e.target.checked })}
          />
          {t(`communication.${key}`)}
        </label>
      ))}
    </fieldset>
  );
}
