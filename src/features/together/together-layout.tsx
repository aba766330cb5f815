import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TogetherStep } from '../../domain/types';

export interface TogetherLayoutProps {
  readonly step: TogetherStep;
  /** The always-there controls in the top bar, in order: Break, then Staff. */
  readonly controls: ReactNode;
  /** The staff guide panel, beside the step and never over the pictures. */
  readonly guide?: ReactNode;
  readonly children: ReactNode;
}

/** The individual-facing frame: one step at a time, big and calm, no app navigation. */
export function TogetherLayout({ step, controls, guide, children }: TogetherLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="together">
      <header className="together__bar">
        <h1 className="together__heading">{t(`together.steps.${step}`)}</h1>
        <div className="together__controls">{controls}</div>
      </header>
      <div className="together__body">
        <main className="together__main" id="main">
          {children}
        </main>
        {guide}
      </div>
    </div>
  );
}
