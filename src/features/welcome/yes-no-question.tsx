import { useId } from 'react';
import { ChoiceButton } from './choice-button';

export interface YesNoOption {
  readonly symbol: string;
  readonly label: string;
}

export interface YesNoQuestionProps {
  readonly question: string;
  readonly yes: YesNoOption;
  readonly no: YesNoOption;
  /** The stored answer; null while not chosen. */
  readonly answer: boolean | null;
  readonly onAnswer: (answer: boolean) => void;
}

/** A question with two picture answers; like radio buttons, at most one is pressed. */
export function YesNoQuestion({ question, yes, no, answer, onAnswer }: YesNoQuestionProps) {
  const headingId = useId();
  return (
    <section className="welcome__question" aria-labelledby={headingId}>
      <h2 id={headingId}>{question}</h2>
      <div className="welcome__choices" role="group" aria-labelledby={headingId}>
        <ChoiceButton {...yes} isChosen={answer === true} onChoose={() => onAnswer(true)} />
        <ChoiceButton {...no} isChosen={answer === false} onChoose={() => onAnswer(false)} />
      </div>
    </section>
  );
}
