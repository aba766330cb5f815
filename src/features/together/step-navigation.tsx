import { useContentTranslation } from '../../i18n/content-language';
import type { ConversationKind, TogetherStep } from '../../domain/types';
import { TogetherProgress } from './together-progress';
import { stepBesideIn, stepsOf } from '../../domain/conversation-kinds';

export interface StepNavigationProps {
  readonly step: TogetherStep;
  /** Whose conversation it is: its kind decides its steps (conversation-kinds.ts). */
  readonly kind: ConversationKind;
  readonly onGoTo: (step: TogetherStep) => void;
}

/**
 * The foot of Together: "Back", the steps as pictures, "Next" — always in the same place. Nothing
 * on a step has to be done to go on, and any step can be reached from the pictures.
 */
export function StepNavigation({ step, kind, onGoTo }: StepNavigationProps) {
  const { t } = useContentTranslation();
  const previous = stepBesideIn(kind, step, -1);
  const next = stepBesideIn(kind, step, 1);
  return (
    <div className="step-nav">
      {previous ? (
        <button type="button" className="button step-nav__back" onClick={() => onGoTo(previous)}>
          {t('together.back')}
        </button>
      ) : (
        <span className="step-nav__back" />
      )}
      <TogetherProgress step={step} steps={stepsOf(kind)} onGoTo={onGoTo} />
      {next ? (
        <button
          type="button"
          className="button button--primary step-nav__next"
          onClick={() => onGoTo(next)}
        >
          {t('together.next')}
        </button>
      ) : (
        <span className="step-nav__next" />
      )}
    </div>
  );
}
