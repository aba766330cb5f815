import { useTranslation } from 'react-i18next';

export interface SaveProblemNoticeProps {
  /** What went wrong with the last change, or null when it was saved. */
  readonly problem: 'storage-full' | 'failed' | null;
}

/** The calm words for a change that was not saved; everything saved before it is safe. */
export function SaveProblemNotice({ problem }: SaveProblemNoticeProps) {
  const { t } = useTranslation();
  if (problem === null) return null;
  return (
    <p className="notice notice--error" role="alert">
      {t(problem === 'storage-full' ? 'together.storageFull' : 'together.saveFailed')}
    </p>
  );
}
