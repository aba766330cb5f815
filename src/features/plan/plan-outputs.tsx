/**
 * The three versions of a plan to share, each for its readers and only what is theirs:
 * - Staff version: complete, every section in its band, with the version history and who has
 *   seen it.
 * - Easy read: for the individual, in the first person, a big picture on every item and large
 *   type: about me, what can upset me, and what helps me.
 * - Family version: plain words: what happened in outline, what we agreed, what we will do,
 *   and what helps.
 * None of them reads an incident: its note and safeguarding details never reach a print.
 */
import { useTranslation } from 'react-i18next';
import { useContentAttributes, useContentTranslation } from '../../i18n/content-language';
import { latestVersion } from '../../domain/plan';
import type { ImageSource, Plan, PlanItem, PlanSection } from '../../domain/types';
import { CirculationList } from './circulation-list';
import { PlanItemPicture } from './plan-item-picture';
import { PlanSections } from './plan-sections';
import { useStaffDate } from '../../i18n/use-staff-date';
import { VersionHistory } from './version-history';

interface OutputProps {
  readonly plan: Plan;
  readonly name: string;
  /** The plan's language (the person's). */
  readonly language: string;
}

function VersionLine({ plan }: { readonly plan: Plan }) {
  const { t } = useTranslation('plan');
  const date = useStaffDate();
  const latest = latestVersion(plan);
  return latest ? (
    <p className="plan-output__version">
      {t('output.versionLine', { number: latest.number, date: date(latest.at) })}
    </p>
  ) : null;
}

export function StaffVersion({ plan, name, language }: OutputProps) {
  const { t } = useTranslation('plan');
  return (
    <article className="plan-output plan-output--staff">
      <h1>{t('headingFor', { name })}</h1>
      <VersionLine plan={plan} />
      <PlanSections items={plan.items} bands={plan.bands} language={language} />
      <VersionHistory versions={plan.versions} />
      <CirculationList plan={plan} />
    </article>
  );
}

const EASY_READ_SECTIONS = ['about', 'triggers', 'proactive', 'deescalation', 'after'] as const;

/** For the person: in their language and direction (inside a ContentLanguage), whoever prints it. */
export function EasyReadVersion({ plan, language }: OutputProps) {
  const { t } = useContentTranslation('plan');
  const words = useContentAttributes();
  return (
    <article className="plan-output plan-output--easyRead" lang={words.lang} dir={words.dir}>
      <h1>{t('output.easyRead.title')}</h1>
      <PlanSections
        items={plan.items}
        bands={plan.bands}
        language={language}
        sections={EASY_READ_SECTIONS}
        headingOf={(section) =>
          t(`output.easyRead.${section as (typeof EASY_READ_SECTIONS)[number]}`)
        }
        size="large"
        isEmptyLeftOut
      />
    </article>
  );
}

export interface AgreedItem {
  readonly words: string;
  readonly picture: ImageSource | null;
}

export interface FamilyOutline {
  /** When the conversation the plan was last updated from happened; null when none. */
  readonly happenedOn: number | null;
  /** What was agreed: making things right and something good together. */
  readonly agreed: readonly AgreedItem[];
  /** What staff will do differently. */
  readonly weWillDo: readonly AgreedItem[];
}

const FAMILY_HELPS: readonly PlanSection[] = ['proactive', 'deescalation', 'after'];

function ItemList({
  items,
  language,
  empty,
}: {
  readonly items: readonly AgreedItem[];
  readonly language: string;
  readonly empty: string;
}) {
  if (items.length === 0) return <p className="plan-section__empty">{empty}</p>;
  return (
    <ul className="plan-section__items" lang={language}>
      {items.map((item, i) => (
        <li key={i} className="plan-item">
          <PlanItemPicture image={item.picture} />
          <span className="plan-item__words" dir="auto">
            {item.words}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function FamilyVersion({
  plan,
  name,
  language,
  outline,
}: OutputProps & { readonly outline: FamilyOutline }) {
  const { t, i18n } = useTranslation('plan');
  const latest = latestVersion(plan);
  const day = (time: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(time);
  const headings: Partial<Record<PlanSection, string>> = {
    about: t('output.family.about', { name }),
    triggers: t('output.family.upsets', { name }),
    proactive: t('output.family.proactive', { name }),
    deescalation: t('output.family.deescalation', { name }),
    after: t('output.family.after'),
  };
  const items: PlanItem[] = [...plan.items];
  return (
    <article className="plan-output plan-output--family">
      <h1>{t('output.family.title', { name })}</h1>
      {latest ? <p>{t('output.family.intro', { name, date: day(latest.at) })}</p> : null}
      <div className="plan-sections">
        <section className="plan-section" aria-labelledby="family-happened">
          <h2 id="family-happened">{t('output.family.happened')}</h2>
          <p>
            {outline.happenedOn === null
              ? t('output.family.happenedNone')
              : t('output.family.happenedLine', { date: day(outline.happenedOn), name })}
          </p>
        </section>
        <section className="plan-section" aria-labelledby="family-agreed">
          <h2 id="family-agreed">{t('output.family.agreed')}</h2>
          <ItemList
            items={outline.agreed}
            language={language}
            empty={t('output.family.agreedNone')}
          />
        </section>
        <section className="plan-section" aria-labelledby="family-will-do">
          <h2 id="family-will-do">{t('output.family.weWillDo')}</h2>
          <ItemList
            items={outline.weWillDo}
            language={language}
            empty={t('output.family.weWillDoNone')}
          />
        </section>
      </div>
      <PlanSections
        items={items}
        bands={plan.bands}
        language={language}
        sections={['about', 'triggers', ...FAMILY_HELPS]}
        headingOf={(section) => headings[section] ?? t(`sections.${section}`)}
        isEmptyLeftOut
      />
    </article>
  );
}
