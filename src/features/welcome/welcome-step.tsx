/**
 * "Welcome", the first Together step: calm words, then the individual's own choices (how to
 * tell it, who joins, something calm first). Every choice is stored as it is made.
 */
import type { ReactNode } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import type { Conversation, Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';
import { chooseCalmFirst, chooseThirdPerson, chooseWay } from '../../storage/together-repo';
import { CalmWords } from './calm-words';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { WayChoices } from './way-choices';
import { CHOICE_SYMBOLS } from './welcome-symbols';
import { YesNoQuestion } from './yes-no-question';
import './welcome.css';

export interface WelcomeStepProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  /** The person's language, for their cards and speech. */
  readonly language: string;
  /** Opens the Break at once for "something calm first", given the write that stores it. */
  readonly onCalmFirst: (write: Promise<unknown>) => void;
  /** Shown right after the ways to tell it (the story to read, when "A story" is chosen). */
  readonly afterWays?: ReactNode;
}

export function WelcomeStep({ conversation, person, onCalmFirst, afterWays }: WelcomeStepProps) {
  const { t } = useContentTranslation('welcome');
  const [saveProblem, save] = useSave();
  const { id, welcome } = conversation;
  const thirdPerson = conversation.preparation?.thirdPerson.trim() ?? '';

  // "Yes" opens the Break screen at once (stored with the answer, in one write); its "Back to
  // talking" returns here.
  const answerCalmFirst = (isCalmFirst: boolean) =>
    isCalmFirst ? onCalmFirst(chooseCalmFirst(id, true)) : save(chooseCalmFirst(id, false));

  return (
    <div className="welcome">
      <CalmWords name={person?.displayName ?? ''} />
      <WayChoices chosen={welcome.ways} onToggle={(way) => save(chooseWay(id, way))} />
      {afterWays}
      <YesNoQuestion
        question={t('join.heading')}
        yes={{
          symbol: CHOICE_SYMBOLS.someoneJoins,
          label: thirdPerson ? t('join.yesNamed', { name: thirdPerson }) : t('join.yes'),
        }}
        no={{ symbol: CHOICE_SYMBOLS.justUs, label: t('join.no') }}
        answer={welcome.isThirdPersonJoining}
        onAnswer={(isJoining) => save(chooseThirdPerson(id, isJoining))}
      />
      <YesNoQuestion
        question={t('calmFirst.heading')}
        yes={{ symbol: CHOICE_SYMBOLS.calmFirst, label: t('calmFirst.yes') }}
        no={{ symbol: CHOICE_SYMBOLS.startNow, label: t('calmFirst.no') }}
        answer={welcome.isCalmFirst}
        onAnswer={answerCalmFirst}
      />
      <SaveProblemNotice problem={saveProblem} />
    </div>
  );
}
