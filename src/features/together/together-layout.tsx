import type { ReactNode } from 'react';
import './together.css';
import type { TogetherStep } from '../../domain/types';
import { useContentAttributes } from '../../i18n/content-language';
import { useStepName } from './use-step-name';

export interface TogetherLayoutProps {
  readonly step: TogetherStep;
  /** The always-there controls in the top bar, in order: Break, then Staff. */
  readonly controls: ReactNode;
  /** The staff guide panel, beside the step and never over the pictures. */
  readonly guide?: ReactNode;
  /** Back, the steps as pictures, and Next, at the foot of the screen. */
  readonly navigation?: ReactNode;
  readonly children: ReactNode;
}

/** The individual-facing frame: one step at a time, big and calm, no app navigation. */
export function TogetherLayout({
  step,
  controls,
  guide,
  navigation,
  children,
}: TogetherLayoutProps) {
  const stepName = useStepName();
  const words = useContentAttributes();
  return (
    <div className="together" lang={words.lang} dir={words.dir}>
      <header className="together__bar">
        <h1 className="together__heading">{stepName(step)}</h1>
        <div className="together__controls">{controls}</div>
      </header>
      <div className="together__body">
        <main className="together__main" id="main">
          {children}
        </main>
        {guide}
      </div>
      {navigation}
    </div>
  );
}
