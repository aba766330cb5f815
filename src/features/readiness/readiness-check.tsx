import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { READINESS_ITEMS, summariseReadiness, type ReadinessItem } from '../../domain/readiness';
import type { ReadinessAnswer } from '../../domain/types';
import './readiness.css';

export interface ReadinessCheckProps {
  readonly personName: string;
  readonly answers: Readonly<Record<string, ReadinessAnswer>>;
  /** Stores an answer; a write that fails is said by the screen, and the answer is taken back. */
  readonly onAnswer: (item: ReadinessItem, answer: ReadinessAnswer) => Promise<unknown>;
  readonly onPostpone: (date: string) => void;
  readonly onStart: () => void;
}

const ANSWERS: readonly ReadinessAnswer[] = ['yes', 'not-yet'];

/** "Are we ready?": advises with plain reasons; a "not yet" suggests another day, never blocks. */
export function ReadinessCheck({
  personName,
  answers,
  onAnswer,
  onPostpone,
  onStart,
}: ReadinessCheckProps) {
  const { t } = useTranslation('prepare');
  const [date, setDate] = useState('');
  // The answer shows at once, before the stored copy comes back from the database.
  const [chosen, setChosen] = useState<Readonly<Record<string, ReadinessAnswer>>>({});
  const shown = { ...answers, ...chosen };
  const summary = summariseReadiness(shown);
  const choose = (item: ReadinessItem, answer: ReadinessAnswer) => {
    setChosen((previous) => ({ ...previous, [item]: answer }));
    // Not stored: show the stored answer again, so the same choice can simply be tried again.
    onAnswer(item, answer).catch(() =>
      setChosen((previous) =>
        previous[item] === answer
          ? Object.fromEntries(Object.entries(previous).filter(([key]) => key !== item))
          : previous,
      ),
    );
  };
  return (
    <div className="readiness">
      <p>{t('ready.intro')}</p>
      <ol className="readiness__items">
        {READINESS_ITEMS.map((item) => (
          <li key={item}>
            <fieldset className="readiness__item">
              <legend>{t(`ready.items.${item}.question`, { name: personName })}</legend>
              <p className="field-hint">{t(`ready.items.${item}.reason`)}</p>
              <div className="answer-pills">
                {ANSWERS.map((answer) => (
                  <label key={answer} className={`answer-pill answer-pill--${answer}`}>
                    <input
                      type="radio"
                      name={`ready-${item}`}
                      checked={shown[item] === answer}
                      onChange={() => choose(item, answer)}
                    />
                    <span>{t(answer === 'yes' ? 'ready.yes' : 'ready.notYet')}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <p className="readiness__progress" role="status">
        {summary.isReady
          ? t('ready.allYes')
          : t('ready.answered', { answered: summary.answered, total: summary.total })}
      </p>
      {summary.notYet.length > 0 ? (
        <section className="panel readiness__later" aria-labelledby="later-heading">
          <h2 id="later-heading">{t('ready.notYetHeading')}</h2>
          <p>{t('ready.notYetText')}</p>
          <div className="readiness__postpone">
            <label className="field">
              <span className="field__label">{t('ready.newDate')}</span>
              <input
                className="field__input"
                type="date"
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
            </label>
            <button type="button" className="button button--quiet" onClick={() => onPostpone(date)}>
              {t('ready.postpone')}
            </button>
          </div>
        </section>
      ) : null}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onStart}>
          {t('ready.start')}
        </button>
      </div>
    </div>
  );
}
