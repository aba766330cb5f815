/** The content of the current Together step: one feature per step, composed here. */
import { AffectedStep } from '../features/affected/affected-step';
import { FeelingsStep } from '../features/feelings/feelings-step';
import { FinishStep } from '../features/finish/finish-step';
import { MakingThingsRightStep } from '../features/making-things-right/making-things-right-step';
import { QuestionStep } from '../features/harmed/question-step';
import { QUESTION_OF_STEP } from '../domain/answers';
import { NextTimeStep } from '../features/next-time/next-time-step';
import { SomethingGoodStep } from '../features/something-good/something-good-step';
import { Storyboard } from '../features/storyboard/storyboard';
import type { Conversation, Person } from '../domain/types';
import { TouchDndProvider } from '../lib/dnd';
import { askedForOf } from '../domain/meeting';
import { useCardLooks, type Library } from '../storage/use-library';
import { useConversationsOfIncident } from '../storage/use-incidents';
import { useTranslation } from 'react-i18next';
import { WelcomeWithStory } from './welcome-with-story';

export interface TogetherStepProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  readonly language: string;
  /** Opens the Break at once for a write that also starts it (Welcome's "something calm first"). */
  readonly onCalmFirst: (write: Promise<unknown>) => void;
}

/**
 * "Making things right" with what the people harmed would like, from their own talks in the same
 * incident, only where they agreed to share it.
 */
function RepairStep(props: TogetherStepProps) {
  const { conversation, library, language } = props;
  const { t } = useTranslation();
  const talks = useConversationsOfIncident(conversation.incidentId ?? undefined);
  const looks = useCardLooks(library, language, t('story.missingPicture'));
  const asked = conversation.kind === 'own' ? askedForOf(conversation, talks ?? []) : [];
  const cardIds = [...new Set(asked.flatMap((a) => a.cardIds))];
  return (
    <MakingThingsRightStep
      {...props}
      askedFor={cardIds.map((id) => ({ id, ...looks(id) }))}
      askedWords={asked.flatMap((a) => (a.text === '' ? [] : [a.text]))}
    />
  );
}

export function TogetherStepContent(props: TogetherStepProps) {
  const { conversation, library, language } = props;
  switch (conversation.step) {
    case 'welcome':
      return <WelcomeWithStory {...props} />;
    case 'what-happened':
      return (
        <TouchDndProvider>
          <Storyboard conversation={conversation} library={library} language={language} />
        </TouchDndProvider>
      );
    case 'how-did-it-feel':
      return <FeelingsStep {...props} />;
    case 'who-was-affected':
      return <AffectedStep {...props} />;
    case 'making-things-right':
      return <RepairStep {...props} />;
    case 'what-can-help':
      return <NextTimeStep {...props} />;
    case 'something-good':
      return <SomethingGoodStep {...props} />;
    case 'finish':
      return <FinishStep {...props} />;
    case 'harmed-thought':
    case 'harmed-impact':
    case 'harmed-hardest':
    case 'harmed-make-right':
      return (
        <QuestionStep
          conversation={conversation}
          question={QUESTION_OF_STEP[conversation.step]}
          library={library}
          language={language}
        />
      );
  }
}
