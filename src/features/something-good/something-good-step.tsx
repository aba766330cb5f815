/**
 * "Something good together": the individual chooses a positive activity (their own likes first)
 * and when it will happen. The choice is stored as it is made and shown back in one sentence.
 */
import { useContentLanguage, useContentTranslation } from '../../i18n/content-language';
import type { Conversation, Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';
import { choosePositiveActivity, planPositiveActivity } from '../../storage/together-repo';
import { ActivityChoices } from './activity-choices';
import { activityOptions, findActivity } from './activity-options';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { WhenChoices } from './when-choices';
import './something-good.css';
import { dayInWords } from '../../domain/local-day';

export interface SomethingGoodStepProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  /** The person's language, for their cards and speech. */
  readonly language: string;
}

/** "We chose football. We will do it together on Thursday 26 November." */
function ChoiceSummary({ activity, plannedFor }: { activity: string; plannedFor: string }) {
  const { t } = useContentTranslation('something-good');
  const { language } = useContentLanguage();
  // The day in the staff's UI language, like the rest of the sentence.
  const date = dayInWords(plannedFor, language, { withYear: false });
  return date ? t('summary.planned', { activity, date }) : t('summary.noDate', { activity });
}

export function SomethingGoodStep({
  conversation,
  person,
  library,
  language,
}: SomethingGoodStepProps) {
  const [saveProblem, save] = useSave();
  const { id, positive } = conversation;
  const options = activityOptions(person, library, language);
  const chosen = positive ? findActivity(options, positive.activityId) : undefined;
  return (
    <div className="something-good">
      <ActivityChoices
        options={options}
        chosenId={positive?.activityId}
        onChoose={(activityId) => save(choosePositiveActivity(id, activityId))}
        language={language}
      />
      {/* "When?" only makes sense once there is something to plan. */}
      {positive ? (
        <WhenChoices
          plannedFor={positive.plannedFor}
          now={new Date()}
          onPlan={(date) => save(planPositiveActivity(id, date))}
        />
      ) : null}
      {/* Always there, so screen readers announce the sentence when it changes. */}
      <p className="something-good__summary" aria-live="polite">
        {positive && chosen ? (
          <ChoiceSummary activity={chosen.label} plannedFor={positive.plannedFor} />
        ) : null}
      </p>
      <SaveProblemNotice problem={saveProblem} />
    </div>
  );
}
