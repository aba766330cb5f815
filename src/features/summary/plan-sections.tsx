/**
 * What feeds the support plan: what started it, what the individual needed, how they will make
 * things right, and strategies tied to a feeling. Plain lines, printable like the rest.
 */
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../domain/summary';
import { SummarySection } from './summary-section';
import { useWords } from './words';

interface Props {
  readonly summary: SessionSummary;
}

export function RepairsSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { nameOf } = useWords();
  const { repairs, isRepairNotNow } = summary;
  if (isRepairNotNow)
    return (
      <SummarySection title={t('repairs.heading')}>
        <p>{t('repairs.notNow')}</p>
      </SummarySection>
    );
  return (
    <SummarySection
      title={t('repairs.heading')}
      emptyText={t('repairs.none')}
      isEmpty={repairs.length === 0}
    >
      <ul className="summary-list" lang={summary.language}>
        {repairs.map((r, i) => (
          <li key={`${r.cardId}-${i}`}>{nameOf(r)}</li>
        ))}
      </ul>
    </SummarySection>
  );
}

export function StartSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  return (
    <SummarySection
      title={t('start.heading')}
      emptyText={t('start.none')}
      isEmpty={summary.startStep === null}
    >
      <p>{t('start.step', { number: summary.startStep })}</p>
    </SummarySection>
  );
}

export function NeedsSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { nameOf } = useWords();
  return (
    <SummarySection
      title={t('needs.heading')}
      emptyText={t('needs.none')}
      isEmpty={summary.needs.length === 0}
    >
      <ul className="summary-list" lang={summary.language}>
        {summary.needs.map((n, i) => (
          <li key={`${n.cardId}-${i}`}>{nameOf(n)}</li>
        ))}
      </ul>
    </SummarySection>
  );
}

export function TiesSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { nameOf } = useWords();
  return (
    <SummarySection
      title={t('ties.heading')}
      emptyText={t('ties.none')}
      isEmpty={summary.strategyFeelings.length === 0}
    >
      <ul className="summary-list">
        {summary.strategyFeelings.map((tie) => (
          <li key={tie.strategy.id}>
            {tie.canDo
              ? t('ties.sentence', { feeling: nameOf(tie.feeling), strategy: tie.canDo })
              : t('ties.helps', {
                  feeling: nameOf(tie.feeling),
                  strategy: tie.strategy.label ?? t('missingPicture'),
                })}
          </li>
        ))}
      </ul>
    </SummarySection>
  );
}
