import { useContentTranslation } from '../../i18n/content-language';
import type { TogetherStep } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { STEP_SYMBOLS } from './step-pictures';
import { useStepName } from './use-step-name';

export interface TogetherProgressProps {
  readonly step: TogetherStep;
  /** The steps of this conversation, in order. */
  readonly steps: readonly TogetherStep[];
  readonly onGoTo: (step: TogetherStep) => void;
}

/**
 * Where we are, as pictures rather than a percentage: one picture per step, the ones done
 * marked, the current one framed. Any step can be reached from here, so every step can be skipped.
 */
export function TogetherProgress({ step, steps, onGoTo }: TogetherProgressProps) {
  const { t } = useContentTranslation();
  const stepName = useStepName();
  const currentIndex = steps.indexOf(step);
  return (
    <nav className="progress" aria-label={t('together.progress')}>
      <ol className="progress__list" data-scan-group="">
        {steps.map((s, index) => {
          const state = stateOf(index, currentIndex);
          return (
            <li key={s} className={`progress__item progress__item--${state}`}>
              <button
                type="button"
                className="progress__button"
                aria-current={state === 'current' ? 'step' : undefined}
                title={stepName(s)}
                onClick={() => onGoTo(s)}
              >
                <img className="progress__picture" src={symbolUrl(STEP_SYMBOLS[s])} alt="" />
                {/* The current step's name is the heading; the pictures carry theirs as names. */}
                <span className="visually-hidden">{stepName(s)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

type StepState = 'current' | 'past' | 'ahead';

function stateOf(index: number, currentIndex: number): StepState {
  if (index === currentIndex) return 'current';
  return index < currentIndex ? 'past' : 'ahead';
}
