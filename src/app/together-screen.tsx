/** Together mode for one conversation: the Together frame, the current step, Break and Staff. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { BreakButton } from '../features/break/break-button';
import { BreakScreen } from '../features/break/break-screen';
import { StaffExit } from '../features/lock/staff-exit';
import { StaffGuide, StaffGuideToggle } from '../features/staff-guide/staff-guide';
import { StepNavigation } from '../features/together/step-navigation';
import { TogetherLayout } from '../features/together/together-layout';
import type { TogetherStep } from '../domain/types';
import { useConversation, useLibrary, usePerson } from '../storage/hooks';
import { endBreak, startBreak } from '../storage/conversations-repo';
import { goToStep } from '../storage/together-repo';
import { TogetherStepContent } from './together-step';
import { useTogetherLock } from './use-together-lock';

export default function TogetherScreen() {
  const { t } = useTranslation();
  const { conversationId } = useParams();
  const conversation = useConversation(conversationId);
  const person = usePerson(conversation?.personId);
  const library = useLibrary();
  const state = conversation === undefined ? 'loading' : conversation === null ? 'missing' : 'open';

  const lock = useTogetherLock(conversationId, state);
  const [isGuideOpen, setGuideOpen] = useState(false);
  const guideId = useId();

  if (lock.redirectTo) return <Navigate to={lock.redirectTo} replace />;
  if (
    !lock.isReady ||
    conversation === undefined ||
    library === undefined ||
    (conversation && person === undefined)
  ) {
    return <p className="loading">{t('app.loading')}</p>;
  }
  if (conversation === null) {
    return (
      <main className="screen" id="main">
        <h1>{t('together.notFound')}</h1>
        <Link to="/">{t('person.backToPeople')}</Link>
      </main>
    );
  }
  const language = person?.language ?? 'en';
  // After "We have finished", staff leave to the summary; before it, to the person's page.
  const leave = () =>
    lock.leaveTo(
      conversation.status === 'completed'
        ? `/conversations/${conversation.id}/summary`
        : `/people/${conversation.personId}`,
    );
  const goTo = (step: TogetherStep) => {
    void goToStep(conversation.id, step);
    window.scrollTo({ top: 0 });
  };
  // The break is stored with the conversation, so a reload during a break comes back to it.
  if (conversation.isOnBreak) {
    return (
      <BreakScreen
        calming={person?.calming ?? []}
        language={language}
        onBackToTalking={() => void endBreak(conversation.id)}
      />
    );
  }
  return (
    <TogetherLayout
      step={conversation.step}
      navigation={<StepNavigation step={conversation.step} onGoTo={goTo} />}
      guide={isGuideOpen ? <StaffGuide id={guideId} step={conversation.step} /> : null}
      controls={
        <>
          <StaffGuideToggle
            isOpen={isGuideOpen}
            panelId={guideId}
            onToggle={() => setGuideOpen((open) => !open)}
          />
          <BreakButton onBreak={() => void startBreak(conversation.id)} />
          <StaffExit onLeave={leave} />
        </>
      }
    >
      <div lang={language}>
        <TogetherStepContent
          conversation={conversation}
          person={person ?? null}
          library={library}
          language={language}
        />
      </div>
    </TogetherLayout>
  );
}
