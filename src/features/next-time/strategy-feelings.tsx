import { useId } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { ImagePicture } from '../../ui/image-picture';
import { PictureChoices } from '../../ui/picture-choices';
import type { HelpChoice } from './help-choice';

export interface StrategyFeelingsProps {
  /** The strategies chosen, in the order chosen. */
  readonly strategies: readonly HelpChoice[];
  /** The feelings the individual had on "How did it feel?". */
  readonly feelings: readonly HelpChoice[];
  /** The feeling each strategy is tied to, or null. */
  readonly feelingOf: (strategyId: string) => string | null;
  readonly speakIn: string | null;
  readonly onTie: (strategyId: string, feelingId: string) => void;
}

const HEADING_ID = 'next-time-tie-heading';

/**
 * "When I feel angry, I can ask for a break": each chosen strategy can go with one of the
 * feelings the individual had, said as a sentence with its two pictures.
 */
export function StrategyFeelings(props: StrategyFeelingsProps) {
  const { strategies, feelings } = props;
  const { t } = useContentTranslation('next-time');
  if (strategies.length === 0 || feelings.length === 0) return null;
  return (
    <section className="next-time__block" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>{t('tie.heading')}</h2>
      <p className="next-time__hint">{t('tie.intro')}</p>
      <ul className="next-time__ties">
        {strategies.map((strategy) => (
          <StrategyTie key={strategy.id} strategy={strategy} {...props} />
        ))}
      </ul>
    </section>
  );
}

function StrategyTie({
  strategy,
  feelings,
  feelingOf,
  speakIn,
  onTie,
}: StrategyFeelingsProps & { readonly strategy: HelpChoice }) {
  const { t } = useContentTranslation('next-time');
  const listId = useId();
  const tied = feelings.find((f) => f.id === feelingOf(strategy.id)) ?? null;
  return (
    <li className="next-time__tie">
      <p className="next-time__tie-sentence">
        {/* The sentence says it; the pictures show it, so they are not read twice. */}
        <span className="next-time__tie-pictures" aria-hidden="true">
          {tied ? <ImagePicture image={tied.image} label={tied.label} size="small" /> : null}
          <ImagePicture image={strategy.image} label={strategy.label} size="small" />
        </span>
        <span>
          {tied === null
            ? t('tie.open', { strategy: strategy.label })
            : strategy.canDo
              ? t('tie.sentence', { feeling: tied.label, strategy: strategy.canDo })
              : t('tie.helps', { feeling: tied.label, strategy: strategy.label })}
        </span>
      </p>
      <span id={listId} hidden>
        {t('tie.feelingsFor', { strategy: strategy.label })}
      </span>
      <PictureChoices
        choices={feelings}
        chosenIds={tied ? [tied.id] : []}
        labelledBy={listId}
        speakIn={speakIn}
        size="small"
        onToggle={(feelingId) => onTie(strategy.id, feelingId)}
      />
    </li>
  );
}
