/**
 * After "What we found" on Finish: what the individual needed, how they will make things right
 * (or "not now", said calmly), and "When I feel …, I can …", as pictures with sentences. The same
 * sentences are read aloud (`agreedSentences`), in the person's language.
 */
import type { TFunction } from 'i18next';
import { useContentTranslation } from '../../i18n/content-language';
import type {
  NamedCard,
  SessionSummary,
  SummaryStrategy,
  SummaryStrategyFeeling,
} from '../../domain/summary';
import type { ImageSource, Person } from '../../domain/types';
import { listOfWords } from '../../i18n/list-words';
import { ImagePicture } from '../../ui/image-picture';
import type { LookOf } from './card-look';

type Translate = TFunction<'finish'>;

function listOf(cards: readonly NamedCard[], missing: string, language: string): string {
  const words = cards.map((c) => c.label ?? missing);
  return listOfWords(words, language, { type: 'unit', style: 'short' });
}

/** What "What we agreed" says, as sentences to read aloud after "What we found". */
export function agreedSentences(summary: SessionSummary, t: Translate, missing: string): string[] {
  const { language } = summary;
  return [
    ...(summary.startStep === null ? [] : [t('found.startedIn', { number: summary.startStep })]),
    ...(summary.needs.length === 0
      ? []
      : [t('found.needed', { list: listOf(summary.needs, missing, language) })]),
    ...(summary.isRepairNotNow ? [t('found.repairNotNow')] : []),
    ...(summary.repairs.length === 0
      ? []
      : [t('found.repairs', { list: listOf(summary.repairs, missing, language) })]),
    ...summary.strategyFeelings.map((tie) => tieSentence(t, tie, missing)),
  ];
}

/** "When I feel angry, I can go to a quiet space." or "When I feel angry, music can help." */
function tieSentence(t: Translate, tie: SummaryStrategyFeeling, missing: string): string {
  const feeling = tie.feeling.label ?? missing;
  return tie.canDo
    ? t('found.tie', { feeling, strategy: tie.canDo })
    : t('found.tieHelps', { feeling, strategy: tie.strategy.label ?? missing });
}

function strategyImage(s: SummaryStrategy, person: Person | null, lookOf: LookOf) {
  if (s.source === 'calming') return person?.calming.find((c) => c.id === s.id)?.image ?? null;
  return lookOf({ cardId: s.id, label: s.label, isMissing: s.isMissing }).image;
}

interface Shown {
  readonly key: string;
  readonly label: string;
  readonly image: ImageSource | null;
}

function Pictures({ cards, label }: { readonly cards: readonly Shown[]; readonly label: string }) {
  return (
    <ul className="finish__strategies" aria-label={label}>
      {cards.map((c) => (
        <li key={c.key}>
          <ImagePicture label={c.label} image={c.image} size="small" />
        </li>
      ))}
    </ul>
  );
}

export interface WhatWeAgreedProps {
  readonly summary: SessionSummary;
  readonly person: Person | null;
  readonly lookOf: LookOf;
  readonly language: string;
}

export function WhatWeAgreed({ summary, person, lookOf, language }: WhatWeAgreedProps) {
  const { t } = useContentTranslation('finish');
  const missing = t('story.missingPicture');
  const { needs, repairs, strategyFeelings, isRepairNotNow } = summary;
  const pictures = (cards: readonly NamedCard[]) =>
    cards.map((c, i) => ({ key: `${c.cardId}-${i}`, ...lookOf(c) }));
  const hasRepair = isRepairNotNow || repairs.length > 0;
  if (needs.length + strategyFeelings.length === 0 && !hasRepair) return null;
  return (
    <>
      {needs.length > 0 ? (
        <section className="finish__found" aria-labelledby="finish-needs" lang={language}>
          <h2 id="finish-needs">{t('found.neededHeading')}</h2>
          <Pictures cards={pictures(needs)} label={t('found.neededHeading')} />
          <p>{t('found.needed', { list: listOf(needs, missing, language) })}</p>
        </section>
      ) : null}
      {hasRepair ? (
        <section className="finish__found" aria-labelledby="finish-repair" lang={language}>
          <h2 id="finish-repair">{t('found.repairHeading')}</h2>
          {repairs.length > 0 ? (
            <>
              <Pictures cards={pictures(repairs)} label={t('found.repairHeading')} />
              <p>{t('found.repairs', { list: listOf(repairs, missing, language) })}</p>
            </>
          ) : (
            <p>{t('found.repairNotNow')}</p>
          )}
        </section>
      ) : null}
      {strategyFeelings.length > 0 ? (
        <section className="finish__found" aria-labelledby="finish-ties" lang={language}>
          <h2 id="finish-ties">{t('found.tieHeading')}</h2>
          <ul className="finish__affected finish__ties">
            {strategyFeelings.map((tie) => (
              <li key={tie.strategy.id}>
                {/* The sentence says it; the pictures show it, so they are not read twice. */}
                <span className="finish__affected-pictures" aria-hidden="true">
                  <ImagePicture
                    label={tie.feeling.label ?? missing}
                    image={lookOf(tie.feeling).image}
                    size="small"
                  />
                  <ImagePicture
                    label={tie.strategy.label ?? missing}
                    image={strategyImage(tie.strategy, person, lookOf)}
                    size="small"
                  />
                </span>
                <span>{tieSentence(t, tie, missing)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
