/**
 * The plan's sections in order, each under its heading with its band (name, picture, colour)
 * and its items: a picture and short words. Props only: the screen gives the items shown (the
 * plan now, or as it stood at a version).
 */
import { useContentTranslation } from '../../i18n/content-language';
import { bandOf, itemsIn } from '../../domain/plan';
import { PLAN_SECTIONS, type PlanBands, type PlanItem, type PlanSection } from '../../domain/types';
import { BandMark } from './band-mark';
import { PlanItemPicture } from './plan-item-picture';

export interface PlanSectionsProps {
  readonly items: readonly PlanItem[];
  readonly bands: PlanBands;
  /** The plan's language (the person's): its words are in it. */
  readonly language: string;
  /** Which sections, in order (default: all). */
  readonly sections?: readonly PlanSection[];
  /** Headings per section, when an output words them its own way. */
  readonly headingOf?: (section: PlanSection) => string;
  readonly headingLevel?: 2 | 3;
  readonly size?: 'medium' | 'large';
  /** Leave out sections with nothing in them (the easy read and family versions). */
  readonly isEmptyLeftOut?: boolean;
}

const headingIdOf = (section: string) => `plan-section-${section}`;

export function PlanSections(props: PlanSectionsProps) {
  const { items, bands, language, sections = PLAN_SECTIONS, headingLevel = 2 } = props;
  const { t } = useContentTranslation('plan');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="plan-sections">
      {sections.map((section) => {
        const look = bandOf(bands, section);
        const shown = itemsIn(items, section);
        if (shown.length === 0 && props.isEmptyLeftOut) return null;
        const id = headingIdOf(section);
        return (
          <section
            key={section}
            className={`plan-section plan-section--${look?.colour ?? 'plain'}`}
            aria-labelledby={id}
          >
            <div className="plan-section__top">
              <Heading id={id}>{props.headingOf?.(section) ?? t(`sections.${section}`)}</Heading>
              {look ? <BandMark look={look} /> : null}
            </div>
            {shown.length === 0 ? (
              <p className="plan-section__empty">{t('sectionEmpty')}</p>
            ) : (
              <ul className="plan-section__items" aria-labelledby={id} lang={language}>
                {shown.map((item) => (
                  <li key={item.id} className="plan-item">
                    <PlanItemPicture
                      image={item.picture}
                      fallbackSymbol={look?.symbol}
                      size={props.size}
                    />
                    <span className="plan-item__words" dir="auto">
                      {item.words}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
