import { useId, type ReactNode } from 'react';

export interface SummarySectionProps {
  readonly title: string;
  /** Said in one short line when there is nothing to show. */
  readonly emptyText?: string;
  readonly isEmpty?: boolean;
  readonly children?: ReactNode;
}

/** One part of the summary: an h2 and its content, or one line saying there is none. */
export function SummarySection({
  title,
  emptyText,
  isEmpty = false,
  children,
}: SummarySectionProps) {
  const headingId = useId();
  return (
    <section className="summary-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {isEmpty ? <p className="summary-section__empty">{emptyText}</p> : children}
    </section>
  );
}
