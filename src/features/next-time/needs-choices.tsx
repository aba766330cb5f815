import { useContentTranslation } from '../../i18n/content-language';
import { PictureChoices } from '../../ui/picture-choices';
import { chosenList, type HelpChoice } from './help-choice';

export interface NeedsChoicesProps {
  readonly needs: readonly HelpChoice[];
  readonly chosenIds: readonly string[];
  readonly language: string;
  /** The person's language when a tap says the word; null: silent. */
  readonly speakIn: string | null;
  readonly onToggle: (id: string) => void;
}

const HEADING_ID = 'next-time-needs-heading';

/** "What did I need?": a few pictures of needs, before what could help next time. */
export function NeedsChoices({ needs, chosenIds, language, speakIn, onToggle }: NeedsChoicesProps) {
  const { t } = useContentTranslation('next-time');
  if (needs.length === 0) return null;
  const list = chosenList(chosenIds, needs, language);
  return (
    <section className="next-time__block" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>{t('needs.heading')}</h2>
      <PictureChoices
        choices={needs}
        chosenIds={chosenIds}
        labelledBy={HEADING_ID}
        speakIn={speakIn}
        onToggle={onToggle}
      />
      <p className="next-time__chosen" role="status">
        {list === '' ? t('needs.nothingYet') : t('needs.chosen', { list })}
      </p>
    </section>
  );
}
