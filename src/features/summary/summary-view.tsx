/**
 * The staff record of one conversation, built from the session summary: what the story was,
 * what was chosen, how it was prepared, and staff notes. Plain, factual and printable.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSummary, type SessionSummary } from '../../domain/summary';
import type { Conversation, Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';
import {
  AffectedSection,
  CommitmentsSection,
  LinksSection,
  PositiveSection,
  StrategiesSection,
} from './session-sections';
import { NeedsSection, RepairsSection, StartSection, TiesSection } from './plan-sections';
import { ChoicesSection, PreparationSection, ReadinessSection } from './start-sections';
import { usePrintMark } from './print-mark';
import { StaffNotes } from './staff-notes';
import { StorySection } from './story-section';
import { useWords } from './words';
import './summary.css';

export interface SummaryViewProps {
  readonly conversation: Conversation;
  readonly person: Person;
  readonly library: Library;
}

function Dates({ summary }: { readonly summary: SessionSummary }) {
  const { t } = useTranslation('summary');
  const { moment } = useWords();
  const { startedAt, completedAt, status } = summary;
  return (
    <div className="summary__dates">
      <p>
        {startedAt !== null
          ? t('dates.started', { date: moment(startedAt) })
          : t('dates.notStarted')}
      </p>
      <p>
        {completedAt !== null
          ? t('dates.finished', { date: moment(completedAt) })
          : t('dates.notFinished')}
      </p>
      <p>{t('dates.status', { status: t(`status.${status}`) })}</p>
    </div>
  );
}

export function SummaryView({ conversation, person, library }: SummaryViewProps) {
  const { t, i18n } = useTranslation('summary');
  const language = i18n.language;
  // On paper: "Confidential" and the day of printing on every page (print-mark.ts).
  const printedNow = useCallback(() => {
    const date = new Date().toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' });
    return t('printMark', { date });
  }, [t, language]);
  usePrintMark(printedNow);
  const summary = useMemo(
    () => buildSummary({ conversation, person, cards: library.cards, language: person.language }),
    [conversation, person, library.cards],
  );
  return (
    <article className="summary">
      <div className="summary__top">
        <h1>{t('heading', { name: person.displayName })}</h1>
        <button type="button" className="button summary__print" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
      <Dates summary={summary} />
      <StorySection steps={summary.story} library={library} language={summary.language} />
      <StartSection summary={summary} />
      <LinksSection summary={summary} />
      <AffectedSection summary={summary} />
      <RepairsSection summary={summary} />
      <NeedsSection summary={summary} />
      <StrategiesSection summary={summary} />
      <TiesSection summary={summary} />
      <CommitmentsSection summary={summary} />
      <PositiveSection summary={summary} />
      <ChoicesSection summary={summary} />
      <ReadinessSection summary={summary} />
      <PreparationSection summary={summary} />
      <StaffNotes
        conversationId={conversation.id}
        notes={conversation.staffNotes}
        isFinished={conversation.status === 'completed'}
        additions={conversation.additions ?? []}
        noteDraft={conversation.noteDraft ?? ''}
      />
    </article>
  );
}
