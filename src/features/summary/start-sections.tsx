/** What was set up before and at the start: the Welcome choices, readiness and preparation. */
import { useTranslation } from 'react-i18next';
import type { ReadinessItem } from '../../domain/readiness';
import type { SessionSummary } from '../../domain/summary';
import { SummarySection } from './summary-section';
import { useWords } from './words';

interface Props {
  readonly summary: SessionSummary;
}

function Row({ term, value }: { readonly term: string; readonly value: string }) {
  return (
    <div className="summary-facts__row">
      <dt>{term}</dt>
      <dd dir="auto">{value}</dd>
    </div>
  );
}

export function ChoicesSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { list } = useWords();
  const { ways, isThirdPersonJoining, isCalmFirst } = summary.choices;
  const yesNo = (value: boolean | null) =>
    value === null ? t('choices.notChosen') : value ? t('choices.yes') : t('choices.no');
  return (
    <SummarySection title={t('choices.heading')}>
      <dl className="summary-facts">
        <Row
          term={t('choices.ways')}
          value={
            ways.length > 0 ? list(ways.map((w) => t(`choices.way.${w}`))) : t('choices.notChosen')
          }
        />
        <Row term={t('choices.thirdPerson')} value={yesNo(isThirdPersonJoining)} />
        <Row term={t('choices.calmFirst')} value={yesNo(isCalmFirst)} />
      </dl>
    </SummarySection>
  );
}

export function ReadinessSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { t: tPrepare } = useTranslation('prepare');
  const name = summary.personName;
  const question = (item: ReadinessItem) => tPrepare(`ready.items.${item}.question`, { name });
  return (
    <SummarySection
      title={t('readiness.heading')}
      emptyText={t('readiness.none')}
      isEmpty={summary.readiness.length === 0}
    >
      <dl className="summary-facts">
        {summary.readiness.map(({ item, answer }) => (
          <Row
            key={item}
            term={question(item)}
            value={answer === 'yes' ? tPrepare('ready.yes') : tPrepare('ready.notYet')}
          />
        ))}
      </dl>
    </SummarySection>
  );
}

export function PreparationSection({ summary }: Props) {
  const { t } = useTranslation('summary');
  const { t: tPrepare } = useTranslation('prepare');
  const { localMoment, list } = useWords();
  const prep = summary.preparation;
  const or = (text: string) => text || t('preparation.notGiven');
  const supports = list((prep?.supports ?? []).map((s) => tPrepare(`supports.${s}`)));
  return (
    <SummarySection
      title={t('preparation.heading')}
      emptyText={t('preparation.none')}
      isEmpty={!prep && summary.staffNote === ''}
    >
      <dl className="summary-facts">
        <Row term={t('preparation.when')} value={or(localMoment(prep?.incidentAt ?? ''))} />
        <Row term={t('preparation.where')} value={or(prep?.place ?? '')} />
        <Row term={t('preparation.talkWhen')} value={or(localMoment(prep?.talkAt ?? ''))} />
        <Row term={t('preparation.talkWhere')} value={or(prep?.talkPlace ?? '')} />
        <Row
          term={t('preparation.agreed')}
          value={
            prep?.isAgreed == null
              ? t('preparation.notGiven')
              : t(prep.isAgreed ? 'preparation.agreedYes' : 'preparation.agreedNotYet')
          }
        />
        <Row term={t('preparation.staff')} value={or(prep?.staff ?? '')} />
        <Row term={t('preparation.thirdPerson')} value={or(prep?.thirdPerson ?? '')} />
        <Row term={t('preparation.supports')} value={or(supports)} />
        <Row term={t('preparation.note')} value={or(summary.staffNote)} />
      </dl>
    </SummarySection>
  );
}
