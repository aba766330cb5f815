import { useTranslation } from 'react-i18next';

export interface BreakButtonProps {
  readonly onBreak: () => void;
}

/** Always one tap away on every Together step. */
export function BreakButton({ onBreak }: BreakButtonProps) {
  const { t } = useTranslation('break');
  return (
    <button type="button" className="button" onClick={onBreak}>
      {t('button')}
    </button>
  );
}
