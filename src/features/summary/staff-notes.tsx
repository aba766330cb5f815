import { useTranslation } from 'react-i18next';
import { TOGETHER_LIMITS } from '../../domain/together';
import { saveStaffNotes } from '../../storage/together-repo';
import { SavedTextField } from '../../ui/saved-text-field';
import { SummarySection } from './summary-section';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';

export interface StaffNotesProps {
  readonly conversationId: string;
  readonly notes: string;
}

/** Staff notes, saved as typed. Printed as plain text: a text box does not print in full. */
export function StaffNotes({ conversationId, notes }: StaffNotesProps) {
  const { t } = useTranslation('summary');
  const [saveProblem, save] = useSave();
  return (
    <SummarySection title={t('staffNotes.heading')}>
      <SaveProblemNotice problem={saveProblem} />
      <div className="summary__notes-field">
        <SavedTextField
          label={t('staffNotes.label')}
          isLabelHidden
          hint={t('staffNotes.hint')}
          value={notes}
          isMultiline
          maxLength={TOGETHER_LIMITS.staffNotes}
          onSave={(text) => save(saveStaffNotes(conversationId, text))}
        />
      </div>
      <p className="summary__notes-print" dir="auto">
        {notes}
      </p>
    </SummarySection>
  );
}
