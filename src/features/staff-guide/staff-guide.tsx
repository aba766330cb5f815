/**
 * The staff guide in Together: a panel beside the step (never over the pictures) with prompts for
 * this step, reassurance lines, reminders and the take-up-time timer. Its toggle sits in the top
 * bar, so while it is closed the individual's screen keeps its whole width.
 */
import { useTranslation } from 'react-i18next';
import { DEFAULT_TAKE_UP_SECONDS } from '../../domain/take-up-time';
import type { ConversationKind, TogetherStep } from '../../domain/types';
import { useTakeUpSeconds } from '../../storage/preferences-repo';
import { GuideLists } from './guide-lists';
import { TakeUpTimer } from './take-up-timer';
import './staff-guide.css';

export interface StaffGuideToggleProps {
  readonly isOpen: boolean;
  readonly onToggle: () => void;
  /** The id of the panel it opens. */
  readonly panelId: string;
}

export function StaffGuideToggle({ isOpen, onToggle, panelId }: StaffGuideToggleProps) {
  const { t } = useTranslation('guide');
  return (
    <button
      type="button"
      className="button button--quiet guide__toggle"
      aria-expanded={isOpen}
      aria-controls={panelId}
      onClick={onToggle}
    >
      {t('toggle')}
    </button>
  );
}

export interface StaffGuideProps {
  readonly step: TogetherStep;
  readonly kind?: ConversationKind;
  readonly id: string;
}

export function StaffGuide({ step, kind = 'own', id }: StaffGuideProps) {
  const { t } = useTranslation('guide');
  const takeUpSeconds = useTakeUpSeconds() ?? DEFAULT_TAKE_UP_SECONDS;
  return (
    <aside id={id} className="guide" aria-label={t('panel')}>
      <GuideLists step={step} kind={kind} />
      <TakeUpTimer seconds={takeUpSeconds} />
    </aside>
  );
}
