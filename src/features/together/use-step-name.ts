/**
 * The name of a Together step. The individual's own steps are named in `common` (the first
 * screen needs a few of them); the steps of a talk with someone affected in `harmed`, which
 * loads with Together, so the first screen does not carry their words.
 */
import { useContentTranslation } from '../../i18n/content-language';
import type { TogetherStep } from '../../domain/types';

export function useStepName(): (step: TogetherStep) => string {
  const { t } = useContentTranslation(['common', 'harmed']);
  return (step) => {
    switch (step) {
      case 'harmed-thought':
      case 'harmed-impact':
      case 'harmed-hardest':
      case 'harmed-make-right':
        return t(`steps.${step}`, { ns: 'harmed' });
      default:
        return t(`together.steps.${step}`);
    }
  };
}
