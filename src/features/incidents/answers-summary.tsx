import { useTranslation } from 'react-i18next';
import { answerTo } from '../../domain/answers';
import { labelFor } from '../../domain/labels';
import { HARMED_QUESTIONS, type Conversation } from '../../domain/types';
import type { Library } from '../../storage/use-library';

export interface AnswersSummaryProps {
  readonly conversation: Conversation;
  readonly name: string;
  readonly library: Library;
  readonly language: string;
}

/**
 * In the staff summary of a talk with someone affected: their answers to the questions for those
 * harmed, pictures by their words and what staff typed. Staff-only, like the summary itself.
 */
export function AnswersSummary({ conversation, name, library, language }: AnswersSummaryProps) {
  const { t } = useTranslation('incident');
  return (
    <section className="panel" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t('answers.heading', { name })}</h2>
      <dl>
        {HARMED_QUESTIONS.map((question) => {
          const answer = answerTo(conversation, question);
          const pictures = answer.cardIds.flatMap((id) => {
            const card = library.cards.get(id);
            return card ? [labelFor(card.labels, language)] : [];
          });
          const said = [pictures.join(', '), answer.text].filter((s) => s !== '').join(' — ');
          return (
            <div key={question}>
              <dt>{t(`debrief.questions.${question}`)}</dt>
              <dd>{said === '' ? t('answers.none') : said}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
