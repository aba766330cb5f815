import { useContentTranslation } from '../../i18n/content-language';
import { TOGETHER_LIMITS } from '../../domain/together';
import { COMMITMENTS, type Commitment } from '../../domain/types';
import { SavedTextField } from '../../ui/saved-text-field';

export interface StaffCommitmentsProps {
  readonly chosen: readonly Commitment[];
  readonly note: string;
  readonly onToggle: (commitment: Commitment) => void;
  readonly onSaveNote: (note: string) => void;
}

/** Staff's side: what we will do differently, in plain and non-judgemental words. */
export function StaffCommitments({ chosen, note, onToggle, onSaveNote }: StaffCommitmentsProps) {
  const { t } = useContentTranslation('next-time');
  return (
    <section className="next-time__staff" aria-labelledby="next-time-staff-heading">
      <h2 id="next-time-staff-heading">{t('staff.heading')}</h2>
      <ul className="next-time__commitments" aria-labelledby="next-time-staff-heading">
        {COMMITMENTS.map((commitment) => (
          <li key={commitment}>
            <button
              type="button"
              className="next-time__commitment"
              aria-pressed={chosen.includes(commitment)}
              onClick={() => onToggle(commitment)}
            >
              {t(`commitments.${commitment}`)}
            </button>
          </li>
        ))}
      </ul>
      <SavedTextField
        label={t('staff.note')}
        value={note}
        onSave={onSaveNote}
        maxLength={TOGETHER_LIMITS.commitmentNote}
        isMultiline
      />
    </section>
  );
}
