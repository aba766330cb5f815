/**
 * The criteria check shown beside the editor: friendly advice in plain words, never a block.
 * Counts of describing and coaching sentences are always shown, so staff see the balance grow.
 */
import { useTranslation } from 'react-i18next';
import { sentenceCounts, type StoryAdvice } from '../../domain/story-check';
import type { StoryPage } from '../../domain/types';

function AdviceLine({ advice }: { readonly advice: StoryAdvice }) {
  const { t } = useTranslation('stories');
  switch (advice.kind) {
    case 'ratio':
      return <>{t('check.ratio', { describing: advice.describing, coaching: advice.coaching })}</>;
    case 'no-title':
      return <>{t('check.noTitle')}</>;
    case 'missing-part':
      return <>{t(`check.missing.${advice.part}`)}</>;
    case 'word':
      return (
        <>
          {t(advice.isAbsolute ? 'check.absolute' : 'check.blame', {
            page: advice.page + 1,
            word: advice.word,
          })}
        </>
      );
    case 'no-picture':
      return <>{t('check.noPicture', { page: advice.page + 1 })}</>;
    case 'long-sentence':
      return <>{t('check.long', { page: advice.page + 1, words: advice.words })}</>;
  }
}

export function StoryAdvicePanel({
  advice,
  pages,
}: {
  readonly advice: readonly StoryAdvice[];
  readonly pages: readonly StoryPage[];
}) {
  const { t } = useTranslation('stories');
  const counts = sentenceCounts(pages);
  return (
    <section className="story-advice" aria-labelledby="story-advice-heading">
      <h2 id="story-advice-heading">{t('check.heading')}</h2>
      <p>{t('check.intro')}</p>
      <p>{t('check.counts', { ...counts })}</p>
      {advice.length === 0 ? (
        <p>{t('check.allGood')}</p>
      ) : (
        <ul>
          {advice.map((a, i) => (
            <li key={i}>
              <AdviceLine advice={a} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
