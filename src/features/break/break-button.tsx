import { useContentTranslation } from '../../i18n/content-language';

export interface BreakButtonProps {
  readonly onBreak: () => void;
}

/** Always one tap away on every Together step. */
export function BreakButton({ onBreak }: BreakButtonProps) {
  const { t } = useContentTranslation('break');
  return (
    <button type="button" className="button" onClick={onBreak}>
      {t('button')}
    </button>
  );
}
