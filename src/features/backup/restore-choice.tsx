/** "Merge" or "Replace" for a checked backup; Replace asks once more and says a copy is kept. */
import { useTranslation } from 'react-i18next';

export interface RestoreChoiceProps {
  readonly isConfirming: boolean;
  readonly onMerge: () => void;
  readonly onReplace: () => void;
  readonly onConfirming: (isConfirming: boolean) => void;
}

export function RestoreChoice({
  isConfirming,
  onMerge,
  onReplace,
  onConfirming,
}: RestoreChoiceProps) {
  const { t } = useTranslation('backup');
  if (isConfirming) {
    return (
      <div className="backup-section__actions">
        <p>{t('confirmReplace')}</p>
        <button type="button" className="button" onClick={onReplace}>
          {t('confirmYes')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onConfirming(false)}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="backup-section__actions">
      <button type="button" className="button" onClick={onMerge}>
        {t('merge')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => onConfirming(true)}>
        {t('replace')}
      </button>
    </div>
  );
}
