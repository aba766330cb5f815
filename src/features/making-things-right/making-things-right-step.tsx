/**
 * "Making things right": the individual chooses how to make things better (repair cards), or
 * "not now", which is a full answer said calmly: nothing is forced. Every tap is stored at once
 * and everything shown is read from the conversation.
 */
import { useContentTranslation } from '../../i18n/content-language';
import { isRepairNotNow, repairsOf } from '../../domain/together-plan';
import type { Conversation, Person } from '../../domain/types';
import { listOfWords } from '../../i18n/list-words';
import { speak } from '../../lib/speech';
import type { Library } from '../../storage/use-library';
import { chooseRepair, chooseRepairNotNow } from '../../storage/together-plan-repo';
import { useSave } from '../../storage/use-save';
import { Picture } from '../../ui/picture';
import { PictureChoices, type PictureChoice } from '../../ui/picture-choices';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { symbolUrl } from '../../lib/symbols';
import { repairChoices } from './repair-choices';
import './making-things-right.css';

/** "Not now" as a picture: an hourglass, waiting (a symbol the starter content ships). */
const NOT_NOW_SYMBOL = '23F3';
const HEADING_ID = 'repair-heading';
const ASKED_ID = 'repair-asked-heading';

export interface MakingThingsRightStepProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  /** The person's language, for their cards and speech. */
  readonly language: string;
  /**
   * What the people harmed would like, from their own talks in the same incident, where they
   * agreed to share it (issue 13): pictures shown above the choices, and their words.
   */
  readonly askedFor?: readonly PictureChoice[];
  readonly askedWords?: readonly string[];
}

export function MakingThingsRightStep(props: MakingThingsRightStepProps) {
  const { conversation, person, library, language, askedFor = [], askedWords = [] } = props;
  const { t } = useContentTranslation('repair');
  const [saveProblem, save] = useSave();
  const { id } = conversation;
  const choices = repairChoices(library, language);
  const chosen = repairsOf(conversation);
  const isNotNow = isRepairNotNow(conversation);
  const speakIn = person?.communication.speech === true ? language : null;
  const labels = chosen.flatMap((r) => choices.find((c) => c.id === r)?.label ?? []);
  const list = listOfWords(labels, language, { type: 'unit', style: 'short' });
  const status = isNotNow
    ? t('notNowChosen')
    : list === ''
      ? t('nothingYet')
      : t('chosen', { list });

  return (
    <div className="repair">
      {askedFor.length > 0 || askedWords.length > 0 ? (
        <section className="repair__asked" aria-labelledby={ASKED_ID}>
          <h2 id={ASKED_ID}>{t('askedFor')}</h2>
          {askedWords.map((words, i) => (
            <p key={i} className="repair__asked-words" dir="auto">
              {words}
            </p>
          ))}
          <PictureChoices
            choices={askedFor}
            chosenIds={chosen}
            labelledBy={ASKED_ID}
            speakIn={speakIn}
            size="large"
            onToggle={(repairId) => save(chooseRepair(id, repairId))}
          />
        </section>
      ) : null}
      <section className="repair__block" aria-labelledby={HEADING_ID}>
        <h2 id={HEADING_ID}>{t('heading')}</h2>
        <p className="repair__intro">{t('intro')}</p>
        <PictureChoices
          choices={choices}
          chosenIds={chosen}
          labelledBy={HEADING_ID}
          speakIn={speakIn}
          size="large"
          onToggle={(repairId) => save(chooseRepair(id, repairId))}
        />
        <button
          type="button"
          className="choice-toggle repair__not-now"
          aria-pressed={isNotNow}
          onClick={() => {
            if (speakIn !== null) void speak(t('notNow'), speakIn);
            save(chooseRepairNotNow(id, !isNotNow));
          }}
        >
          <Picture src={symbolUrl(NOT_NOW_SYMBOL)} label={t('notNow')} size="medium" />
        </button>
        <p className="repair__chosen" role="status">
          {status}
        </p>
      </section>
      <SaveProblemNotice problem={saveProblem} />
    </div>
  );
}
