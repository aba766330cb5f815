import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TogetherStep } from '../../domain/types';

export interface TogetherLayoutProps {
  readonly step: TogetherStep;
  readonly onStaff: () => void;
  readonly children: ReactNode;
}

/** The individual-facing frame: one step at a time, big and calm, no app navigation. */
export function TogetherLayout({ step, onStaff, children }: TogetherLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="together">
      <header className="together__bar">
        <h1 className="together__heading">{t(`together.steps.${step}`)}</h1>
        <button type="button" className="button button--quiet" onClick={onStaff}>
          {t('together.staff')}
        </button>
      </header>
      <main className="together__main" id="main">
        {children}
      </main>
    </div>
  );
}
