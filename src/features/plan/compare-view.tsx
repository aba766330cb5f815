/** "Compare versions": per section, what the newer version added, removed and changed. */
import { useTranslation } from 'react-i18next';
import type { SectionComparison } from '../../domain/plan';
import { PlanItemPicture } from './plan-item-picture';

const headingIdOf = (section: string) => `plan-compare-${section}`;

export function CompareView({
  comparison,
  language,
}: {
  readonly comparison: readonly SectionComparison[];
  readonly language: string;
}) {
  const { t } = useTranslation('plan');
  if (comparison.length === 0) return <p className="empty">{t('compare.same')}</p>;
  return (
    <div className="plan-compare">
      {comparison.map(({ section, added, removed, changed }) => {
        const id = headingIdOf(section);
        return (
          <section key={section} className="panel" aria-labelledby={id}>
            <h2 id={id}>{t(`sections.${section}`)}</h2>
            {added.length > 0 ? (
              <>
                <h3 id={`${id}-added`}>{t('compare.added')}</h3>
                <ul aria-labelledby={`${id}-added`} className="plan-compare__list" lang={language}>
                  {added.map((item) => (
                    <li key={item.id} className="plan-item plan-compare__added">
                      <PlanItemPicture image={item.picture} />
                      <span dir="auto">{item.words}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {removed.length > 0 ? (
              <>
                <h3 id={`${id}-removed`}>{t('compare.removed')}</h3>
                <ul
                  aria-labelledby={`${id}-removed`}
                  className="plan-compare__list"
                  lang={language}
                >
                  {removed.map((item) => (
                    <li key={item.id} className="plan-item plan-compare__removed">
                      <PlanItemPicture image={item.picture} />
                      <del dir="auto">{item.words}</del>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {changed.length > 0 ? (
              <>
                <h3 id={`${id}-changed`}>{t('compare.changed')}</h3>
                <ul
                  aria-labelledby={`${id}-changed`}
                  className="plan-compare__list"
                  lang={language}
                >
                  {changed.map(({ before, after }) => (
                    <li key={after.id} className="plan-item">
                      <PlanItemPicture image={after.picture} />
                      <span dir="auto">
                        {t('compare.changedLine', { before: before.words, after: after.words })}
                        {before.section !== after.section
                          ? ` (${t('compare.moved', { section: t(`sections.${before.section}`) })})`
                          : null}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
