/** Together mode for one conversation: composes the Together frame with the storyboard. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { BreakButton } from '../features/break/break-button';
import { BreakScreen } from '../features/break/break-screen';
import { StaffExit } from '../features/lock/staff-exit';
import { StaffGuide, StaffGuideToggle } from '../features/staff-guide/staff-guide';
import { Storyboard } from '../features/storyboard/storyboard';
import { TogetherLayout } from '../features/together/together-layout';
import { useConversation, useLibrary, usePerson } from '../storage/hooks';
import { endBreak, startBreak } from '../storage/conversations-repo';
import { TouchDndProvider } from '../lib/dnd';
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
  const leaveToPerson = () => lock.leaveTo(`/people/${conversation.personId}`);
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
      guide={isGuideOpen ? <StaffGuide id={guideId} step={conversation.step} /> : null}
      controls={
        <>
          <StaffGuideToggle
            isOpen={isGuideOpen}
            panelId={guideId}
            onToggle={() => setGuideOpen((open) => !open)}
          />
          <BreakButton onBreak={() => void startBreak(conversation.id)} />
          <StaffExit onLeave={leaveToPerson} />
        </>
      }
    >
      <div lang={language}>
        <TouchDndProvider>
          <Storyboard conversation={conversation} library={library} language={language} />
        </TouchDndProvider>
      </div>
    </TogetherLayout>
  );
}
