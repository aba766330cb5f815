/**
 * One of the questions for those harmed (IIRP set 2) in a talk with someone affected: pictures
 * they choose, and the words staff type as they say them. Every tap is stored at once. This
 * screen only ever shows the answers of the person it is held with.
 */
import { useContentTranslation } from '../../i18n/content-language';
import { answerTo } from '../../domain/answers';
import type { Conversation, HarmedQuestion } from '../../domain/types';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { listOfWords } from '../../i18n/list-words';
import { saveAnswerText, toggleAnswerPicture } from '../../storage/answers-repo';
import type { Library } from '../../storage/use-library';
import { useSave } from '../../storage/use-save';
import { ImagePicture } from '../../ui/image-picture';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { SavedTextField } from '../../ui/saved-text-field';
import { questionChoices } from './question-choices';
import './harmed.css';

export interface QuestionStepProps {
  readonly conversation: Conversation;
  readonly question: HarmedQuestion;
  readonly library: Library;
  /** The language of the person it is held with, for their pictures' words. */
  readonly language: string;
}

export function QuestionStep({ conversation, question, library, language }: QuestionStepProps) {
  const { t } = useContentTranslation('harmed');
  const [saveProblem, save] = useSave();
  const answer = answerTo(conversation, question);
  const choices = questionChoices(library, question, language);
  const chosen = answer.cardIds.flatMap((id) => choices.find((c) => c.id === id)?.label ?? []);
  const list = listOfWords(chosen, language, { type: 'unit', style: 'short' });
  const headingId = `harmed-${question}-heading`;
  return (
    <div className="harmed">
      <section className="harmed__block" aria-labelledby={headingId}>
        <h2 id={headingId}>{t(`questions.${question}`)}</h2>
        <p className="harmed__hint">{t('invite')}</p>
        <ul data-scan-group="" className="harmed__grid" aria-label={t(`pictures.${question}`)}>
          {choices.map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                className="choice-toggle harmed__toggle"
                aria-pressed={answer.cardIds.includes(choice.id)}
                onClick={() => save(toggleAnswerPicture(conversation.id, question, choice.id))}
              >
                <ImagePicture image={choice.image} label={choice.label} colour={choice.colour} />
              </button>
            </li>
          ))}
        </ul>
        <p className="harmed__chosen" role="status">
          {list === '' ? t('nothingYet') : t('chosen', { list })}
        </p>
      </section>
      <section className="harmed__staff" aria-labelledby={`${headingId}-staff`}>
        <h2 id={`${headingId}-staff`}>{t('staffHeading')}</h2>
        <SavedTextField
          isMultiline
          label={t('staffNote')}
          maxLength={TEXT_LIMITS.answer}
          value={answer.text}
          onSave={(text) => save(saveAnswerText(conversation.id, question, text))}
        />
      </section>
      <SaveProblemNotice problem={saveProblem} />
    </div>
  );
}
