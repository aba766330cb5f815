import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SWITCH_SCAN_SPEEDS, type Communication } from '../../domain/types';

const KEYS = ['symbols', 'photos', 'readsText', 'speech'] as const;

export interface CommunicationFieldsProps {
  readonly value: Communication;
  readonly onChange: (value: Communication) => void;
}

/** Seconds in the staff's own way of writing numbers ("1.5", "1,5"). */
export function useSeconds(): (ms: number) => string {
  const { i18n } = useTranslation();
  return (ms) => new Intl.NumberFormat(i18n.language).format(ms / 1000);
}

/**
 * How the person communicates, as four checkboxes, and whether Together scans for one switch;
 * it shapes what Together offers them.
 */
export function CommunicationFields({ value, onChange }: CommunicationFieldsProps) {
  const { t } = useTranslation('profile');
  const id = useId();
  const seconds = useSeconds();
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
      <label htmlFor={`${id}-scan`}>{t('communication.switchScan')}</label>
      <p id={`${id}-scan-hint`} className="field-hint">
        {t('communication.switchScanHint')}
      </p>
      <select
        id={`${id}-scan`}
        aria-describedby={`${id}-scan-hint`}
        value={value.switchScan ?? 0}
        onChange={(e) => {
          const speed = SWITCH_SCAN_SPEEDS.find((ms) => String(ms) === e.target.value);
          if (speed !== undefined) onChange({ ...value, switchScan: speed });
        }}
      >
        {SWITCH_SCAN_SPEEDS.map((ms) => (
          <option key={ms} value={ms}>
            {ms === 0
              ? t('communication.scanOff')
              : t('communication.scanEvery', { seconds: seconds(ms) })}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
