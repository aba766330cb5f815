/** Together mode for one conversation: the Together frame, the current step, Break and Staff. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentLanguage, StaffWords, useContentWordsLoaded } from '../i18n/content-language';
import { Link, Navigate, useParams } from '../lib/router';
import { BreakButton } from '../features/break/break-button';
import { BreakScreen } from '../features/break/break-screen';
import { useBreak } from '../features/break/use-break';
import { FirstPin } from '../features/lock/first-pin';
import { StaffExit } from '../features/lock/staff-exit';
import { StaffGuide, StaffGuideToggle } from '../features/staff-guide/staff-guide';
import { StepNavigation } from '../features/together/step-navigation';
import { SwitchScanning } from '../features/together/switch-scanning';
import { TogetherLayout } from '../features/together/together-layout';
import { FALLBACK_LANGUAGE } from '../domain/labels';
import type { Conversation, Person, TogetherStep } from '../domain/types';
import { useConversation } from '../storage/hooks';
import { type Library } from '../storage/use-library';
import { useStaffPin } from '../storage/pin-repo';
import { goToStep } from '../storage/together-repo';
import { useSave, type Save, type SaveProblem } from '../storage/use-save';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { TogetherStepContent } from './together-step';
import { useTogetherLock } from './use-together-lock';
import { useStoryLibrary } from './use-story-library';
import { useTalker } from './use-talker';

export default function TogetherScreen() {
  const { t } = useTranslation();
  const { conversationId } = useParams();
  const conversation = useConversation(conversationId);
  const { person, isOwn } = useTalker(conversation);
  // A talk with someone affected shows no pictures of the individual (their "Me", their photos).
  const library = useStoryLibrary(conversation, isOwn ? person : null);
  const state = conversation === undefined ? 'loading' : conversation === null ? 'missing' : 'open';
  // One save path for the screen's own writes (step, break, lock): the last one decides.
  const [saveProblem, save] = useSave();
  const lock = useTogetherLock(conversationId, state, save);
  const pin = useStaffPin();
  // The person's words are read before anything of Together shows, so no press waits for them.
  const isWordsLoaded = useContentWordsLoaded(
    person === undefined ? undefined : (person?.language ?? FALLBACK_LANGUAGE),
  );

  if (lock.redirectTo) return <Navigate to={lock.redirectTo} replace />;
  if (
    !lock.isReady ||
    pin === undefined ||
    (conversation && !isWordsLoaded) ||
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
  // After "We have finished", staff leave to the summary; before it, to the person's page, or
  // for a talk with someone affected to its incident.
  const exitPath =
    conversation.status === 'completed'
      ? `/conversations/${conversation.id}/summary`
      : conversation.kind !== 'own' && conversation.incidentId !== null
        ? `/incidents/${conversation.incidentId}`
        : `/people/${conversation.personId}`;
  // Staff unlocked in another tab: this one leaves with it.
  if (lock.isReleased) return <Navigate to={exitPath} replace />;
  const leave = () => lock.leaveTo(exitPath);
  // Never open without a staff PIN: the first time, staff set one here, before anything shows.
  if (pin === null) {
    const personPath = `/people/${conversation.personId}`;
    return (
      <FirstPin personName={person?.displayName ?? ''} onNotNow={() => lock.leaveTo(personPath)} />
    );
  }
  return (
    <ContentLanguage
      language={person?.language ?? FALLBACK_LANGUAGE}
      gender={person?.grammaticalGender}
    >
      <OpenConversation
        key={conversation.id}
        conversation={conversation}
        person={person ?? null}
        library={library}
        saveProblem={saveProblem}
        save={save}
        onLeave={leave}
      />
    </ContentLanguage>
  );
}

interface OpenConversationProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  readonly saveProblem: SaveProblem | null;
  readonly save: Save;
  readonly onLeave: () => void;
}

function OpenConversation(props: OpenConversationProps) {
  const { conversation, person, library, saveProblem, save, onLeave } = props;
  const [isGuideOpen, setGuideOpen] = useState(false);
  const guideId = useId();
  const breakControl = useBreak(conversation, save);
  const language = person?.language ?? 'en';
  const goTo = (step: TogetherStep) => save(goToStep(conversation.id, step));
  // Every step (and the way back from a break) opens at its top: its heading and first words in
  // view, however the step was reached (Next, the step bar, a reload, another tab).
  const { step } = conversation;
  const { isOnBreak } = breakControl;
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [step, isOnBreak]);
  // The break is stored with the conversation, so a reload during a break comes back to it.
  const scanRest = person?.communication.switchScan ?? 0;
  if (breakControl.isOnBreak) {
    return (
      <SwitchScanning restMs={scanRest}>
        <BreakScreen
          calming={person?.calming ?? []}
          language={language}
          saveProblem={saveProblem}
          onBackToTalking={breakControl.backToTalking}
        />
      </SwitchScanning>
    );
  }
  return (
    <SwitchScanning restMs={scanRest}>
      <TogetherLayout
        step={conversation.step}
        // Finished: the story is what it was, so there is no going back into it; staff leave.
        navigation={
          conversation.status === 'completed' ? null : (
            <StepNavigation step={conversation.step} kind={conversation.kind} onGoTo={goTo} />
          )
        }
        guide={
          isGuideOpen ? (
            <StaffWords>
              <StaffGuide id={guideId} step={conversation.step} kind={conversation.kind} />
            </StaffWords>
          ) : null
        }
        controls={
          <>
            <StaffWords>
              <StaffGuideToggle
                isOpen={isGuideOpen}
                panelId={guideId}
                onToggle={() => setGuideOpen((open) => !open)}
              />
            </StaffWords>
            <BreakButton onBreak={breakControl.takeBreak} />
            <StaffWords>
              <StaffExit onLeave={onLeave} />
            </StaffWords>
          </>
        }
      >
        <SaveProblemNotice problem={saveProblem} />
        <TogetherStepContent
          conversation={conversation}
          person={person}
          library={library}
          language={language}
          onCalmFirst={breakControl.takeBreakWith}
        />
      </TogetherLayout>
    </SwitchScanning>
  );
}
