import { useTranslation } from 'react-i18next';
import { answerTo } from '../../domain/answers';
import { HARMED_QUESTIONS, type Conversation, type HarmedQuestion } from '../../domain/types';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { SavedTextField } from '../../ui/saved-text-field';

export interface DebriefFormProps {
  readonly conversation: Conversation;
  readonly onSave: (question: HarmedQuestion, text: string) => void;
}

/** A colleague's debrief: the questions for those harmed as text, on a staff screen only. */
export function DebriefForm({ conversation, onSave }: DebriefFormProps) {
  const { t } = useTranslation('incident');
  return (
    <section className="panel staff-only">
      {HARMED_QUESTIONS.map((question) => (
        <SavedTextField
          key={question}
          isMultiline
          label={t(`debrief.questions.${question}`)}
          maxLength={TEXT_LIMITS.answer}
          value={answerTo(conversation, question).text}
          onSave={(text) => onSave(question, text)}
        />
      ))}
    </section>
  );
}
