import { useTranslation } from 'react-i18next';
import { TOGETHER_LIMITS } from '../../domain/together';
import type { Addition } from '../../domain/types';
import { addNoteToFinished, saveNoteDraft, saveStaffNotes } from '../../storage/together-repo';
import { SavedTextField } from '../../ui/saved-text-field';
import { SummarySection } from './summary-section';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';

export interface StaffNotesProps {
  readonly conversationId: string;
  readonly notes: string;
  /** Once finished, the notes stay as they were and later ones are dated additions. */
  readonly isFinished: boolean;
  readonly additions: readonly Addition[];
  readonly noteDraft: string;
}

/**
 * Staff notes, saved as typed while the conversation is open. Once it has finished, they stay as
 * written and each later note is added with its date and the staff name (issue 13, point 7).
 * Printed as plain text: a text box does not print in full.
 */
export function StaffNotes(props: StaffNotesProps) {
  const { conversationId, notes, isFinished, additions, noteDraft } = props;
  const { t } = useTranslation('summary');
  const [saveProblem, save] = useSave();
  return (
    <SummarySection title={t('staffNotes.heading')}>
      <SaveProblemNotice problem={saveProblem} />
      {isFinished ? (
        <>
          {notes !== '' && (
            <p className="summary__notes-kept" dir="auto">
              {notes}
            </p>
          )}
          <AddedNotes additions={additions} />
          <div className="summary__notes-field">
            <SavedTextField
              label={t('staffNotes.addLabel')}
              hint={t('staffNotes.addHint')}
              value={noteDraft}
              isMultiline
              maxLength={TOGETHER_LIMITS.staffNotes}
              onSave={(text) => save(saveNoteDraft(conversationId, text))}
            />
            <button
              type="button"
              className="button"
              disabled={noteDraft.trim() === ''}
              onClick={() => save(addNoteToFinished(conversationId))}
            >
              {t('staffNotes.add')}
            </button>
          </div>
        </>
      ) : (
        <>
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
        </>
      )}
    </SummarySection>
  );
}

/** Each note added after the finish, with when and by whom, oldest first. */
function AddedNotes({ additions }: { readonly additions: readonly Addition[] }) {
  const { t, i18n } = useTranslation('summary');
  if (additions.length === 0) return null;
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <ul className="summary__additions" aria-label={t('staffNotes.added')}>
      {additions.map((addition) => (
        <li key={addition.id}>
          <p className="summary__addition-when">
            {addition.actor === ''
              ? t('staffNotes.addedOn', { date: format.format(addition.at) })
              : t('staffNotes.addedBy', { date: format.format(addition.at), name: addition.actor })}
          </p>
          <p dir="auto">{addition.text}</p>
        </li>
      ))}
    </ul>
  );
}
