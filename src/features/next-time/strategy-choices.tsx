import { useContentTranslation } from '../../i18n/content-language';
import { chosenList, type HelpChoice } from './help-choice';
import { HelpToggle } from './help-toggle';

export interface StrategyChoicesProps {
  readonly strategies: readonly HelpChoice[];
  /** The person's own calming cards; their words are in the person's language. */
  readonly calming: readonly HelpChoice[];
  readonly chosenIds: readonly string[];
  readonly language: string;
  readonly onToggle: (id: string) => void;
}

const HEADING_ID = 'next-time-strategies-heading';
const CALMING_ID = 'next-time-calming-heading';

/** "What could help you next time?": strategy pictures, then what calms this person. */
export function StrategyChoices(props: StrategyChoicesProps) {
  const { strategies, calming, chosenIds, language, onToggle } = props;
  const { t } = useContentTranslation('next-time');
  const list = chosenList(chosenIds, [...strategies, ...calming], language);
  return (
    <section className="next-time__block" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>{t('strategies.heading')}</h2>
      {strategies.length === 0 ? (
        <p className="next-time__hint">{t('strategies.none')}</p>
      ) : (
        <ChoiceGrid
          choices={strategies}
          labelledBy={HEADING_ID}
          chosenIds={chosenIds}
          onToggle={onToggle}
        />
      )}
      {calming.length > 0 ? (
        <>
          <h3 id={CALMING_ID}>{t('strategies.calming')}</h3>
          <ChoiceGrid
            choices={calming}
            labelledBy={CALMING_ID}
            lang={language}
            chosenIds={chosenIds}
            onToggle={onToggle}
          />
        </>
      ) : null}
      <p className="next-time__chosen" role="status">
        {list === '' ? t('strategies.nothingYet') : t('strategies.chosen', { list })}
      </p>
    </section>
  );
}

interface ChoiceGridProps {
  readonly choices: readonly HelpChoice[];
  readonly labelledBy: string;
  readonly lang?: string;
  readonly chosenIds: readonly string[];
  readonly onToggle: (id: string) => void;
}

function ChoiceGrid({ choices, labelledBy, lang, chosenIds, onToggle }: ChoiceGridProps) {
  return (
    <ul data-scan-group="" className="next-time__grid" aria-labelledby={labelledBy} lang={lang}>
      {choices.map((choice) => (
        <li key={choice.id}>
          <HelpToggle
            choice={choice}
            isChosen={chosenIds.includes(choice.id)}
            onToggle={() => onToggle(choice.id)}
          />
        </li>
      ))}
    </ul>
  );
}
