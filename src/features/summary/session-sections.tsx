/** What was chosen in Together after the story: links, who was affected, what helps, plans. */
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../domain/summary';
import { SummarySection } from './summary-section';
import { useWords } from './words';

interface Props {
  readonly summary: SessionSummary;
}

export function LinksSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { nameOf } = useWords();
  return (
    <SummarySection
      title={t('links.heading')}
      emptyText={t('links.none')}
      isEmpty={summary.links.length === 0}
    >
      <ul className="summary-list">
        {summary.links.map((link) => (
          <li key={link.id}>
            {link.did
              ? t('links.sentence', { feeling: nameOf(link.feeling), behaviour: link.did })
              : t('links.sentenceTo', {
                  feeling: nameOf(link.feeling),
                  behaviour: nameOf(link.behaviour),
                })}
          </li>
        ))}
      </ul>
    </SummarySection>
  );
}

export function AffectedSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { nameOf } = useWords();
  return (
    <SummarySection
      title={t('affected.heading')}
      emptyText={t('affected.none')}
      isEmpty={summary.affected.length === 0}
    >
      <ul className="summary-list">
        {summary.affected.map((a) => {
          const who = a.who ?? t('missingPicture');
          return (
            <li key={a.id}>
              {a.feeling
                ? t('affected.felt', { who, feeling: nameOf(a.feeling) })
                : t('affected.noFeeling', { who })}
            </li>
          );
        })}
      </ul>
    </SummarySection>
  );
}

export function StrategiesSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  return (
    <SummarySection
      title={t('strategies.heading')}
      emptyText={t('strategies.none')}
      isEmpty={summary.strategies.length === 0}
    >
      <ul className="summary-list" lang={summary.language}>
        {summary.strategies.map((s) => (
          <li key={s.id}>{s.label ?? t('missingPicture')}</li>
        ))}
      </ul>
    </SummarySection>
  );
}

export function CommitmentsSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { commitments, commitmentNote } = summary;
  return (
    <SummarySection
      title={t('commitments.heading')}
      emptyText={t('commitments.none')}
      isEmpty={commitments.length === 0 && commitmentNote === ''}
    >
      {commitments.length > 0 ? (
        <ul className="summary-list">
          {commitments.map((c) => (
            <li key={c}>{t(`commitments.items.${c}`)}</li>
          ))}
        </ul>
      ) : null}
      {commitmentNote ? <p>{t('commitments.note', { note: commitmentNote })}</p> : null}
    </SummarySection>
  );
}

export function PositiveSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { localDay, moment } = useWords();
  const { positive } = summary;
  return (
    <SummarySection
      title={t('positive.heading')}
      emptyText={t('positive.none')}
      isEmpty={!positive}
    >
      {positive ? (
        <>
          <p lang={summary.language}>{positive.label ?? t('missingPicture')}</p>
          <p>
            {positive.plannedFor
              ? t('positive.planned', { date: localDay(positive.plannedFor) })
              : t('positive.noDate')}
          </p>
          <p>
            {positive.doneAt !== null
              ? t('positive.done', { date: moment(positive.doneAt) })
              : t('positive.notDone')}
          </p>
        </>
      ) : null}
    </SummarySection>
  );
}
