import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Switch, useLocation } from '../lib/router';
import { afterFirstPaint } from '../lib/after-first-paint';
import { PeopleScreen } from '../features/people/people-screen';
import { AppShell } from './app-shell';
import { DatabaseUpdateNotice } from './database-update-notice';
import { GettingReadyBeforePrompt } from './getting-ready-toast';
import { ProtectionGate } from './protection-gate';
import { SpeechPreferences } from './speech-preferences';
import { motionRoot, preloadTogetherCode, togetherScreen } from './together-code';

// Together (with drag and drop) and the library load when opened, to keep the first screen small.
// A person's page is the one opened next from People: it loads soon after the first screen.
const loadPersonScreen = () => import('./person-screen');
const PersonScreen = lazy(() => loadPersonScreen().then((m) => ({ default: m.PersonScreen })));
/** How long after the first screen a person's page starts to load. */
const PERSON_SCREEN_AFTER_MS = 1000;
// Every route sits in a Suspense boundary ("Loading…"): a screen's words may load when it opens.
const LibraryScreen = lazy(() =>
  import('../features/library/library-screen').then((m) => ({ default: m.LibraryScreen })),
);
const PrepareScreen = lazy(() =>
  import('./prepare-screen').then((m) => ({ default: m.PrepareScreen })),
);
const ReadinessScreen = lazy(() =>
  import('./readiness-screen').then((m) => ({ default: m.ReadinessScreen })),
);
const SummaryScreen = lazy(() =>
  import('./summary-screen').then((m) => ({ default: m.SummaryScreen })),
);
const ProfileScreen = lazy(() => import('./profile-screen'));
const IncidentScreen = lazy(() =>
  import('./incident-screen').then((m) => ({ default: m.IncidentScreen })),
);
const DebriefScreen = lazy(() =>
  import('./debrief-screen').then((m) => ({ default: m.DebriefScreen })),
);
const MeetingScreen = lazy(() =>
  import('./meeting-screen').then((m) => ({ default: m.MeetingScreen })),
);
const PlanScreen = lazy(() => import('./plan-screen').then((m) => ({ default: m.PlanScreen })));
const PlanUpdateScreen = lazy(() =>
  import('./plan-update-screen').then((m) => ({ default: m.PlanUpdateScreen })),
);
const PlanCompareScreen = lazy(() =>
  import('./plan-compare-screen').then((m) => ({ default: m.PlanCompareScreen })),
);
const PlanOutputScreen = lazy(() =>
  import('./plan-output-screen').then((m) => ({ default: m.PlanOutputScreen })),
);
const StoryNewScreen = lazy(() =>
  import('./story-new-screen').then((m) => ({ default: m.StoryNewScreen })),
);
const StoryScreen = lazy(() => import('./story-screen').then((m) => ({ default: m.StoryScreen })));
const StoryReadScreen = lazy(() =>
  import('./story-read-screen').then((m) => ({ default: m.StoryReadScreen })),
);
const StoryPrintScreen = lazy(() =>
  import('./story-print-screen').then((m) => ({ default: m.StoryPrintScreen })),
);
const SettingsScreen = lazy(() =>
  import('./settings-screen').then((m) => ({ default: m.SettingsScreen })),
);
// Its code (and the service worker's registration) waits until People is painted; until then,
// and while it loads, the first visit's "getting ready" line shows.
const UpdatePrompt = lazy(() =>
  afterFirstPaint()
    .then(() => import('./update-prompt'))
    .then((m) => ({ default: m.UpdatePrompt })),
);

function Loading({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>{children}</Suspense>;
}

/** The screens that animate get framer-motion (and Calm motion) with their own code. */
const MotionRoot = motionRoot.Screen;
const TogetherScreen = togetherScreen.Screen;

function Animated({ children }: { readonly children: ReactNode }) {
  return (
    <Loading>
      <MotionRoot>{children}</MotionRoot>
    </Loading>
  );
}

/** Together reached directly: its code all loads at once (`preloadTogetherCode`, together-code.ts). */
function TogetherFrame() {
  preloadTogetherCode();
  return (
    <Animated>
      <TogetherScreen />
    </Animated>
  );
}

export interface AppProps {
  /** Off in component tests, where there is no service worker. */
  readonly withUpdatePrompt?: boolean;
}

/** A new screen opens at its top, not where the last one was scrolled to. */
function ScrollToTopOnNewScreen() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [pathname]);
  return null;
}

export function App({ withUpdatePrompt = true }: AppProps) {
  useEffect(() => {
    const timer = setTimeout(() => void loadPersonScreen(), PERSON_SCREEN_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <BrowserRouter>
      <ScrollToTopOnNewScreen />
      <SpeechPreferences />
      <ProtectionGate>
        <Switch>
          <Route path="/together/:conversationId">
            <TogetherFrame />
          </Route>
          <Route>
            <AppShell>
              <Switch>
                <Route path="/">
                  <Loading>
                    <PeopleScreen />
                  </Loading>
                </Route>
                <Route path="/people/:personId">
                  <Loading>
                    <PersonScreen />
                  </Loading>
                </Route>
                <Route path="/people/:personId/profile">
                  <Loading>
                    <ProfileScreen />
                  </Loading>
                </Route>
                <Route path="/library">
                  <Loading>
                    <LibraryScreen />
                  </Loading>
                </Route>
                <Route path="/settings">
                  <Loading>
                    <SettingsScreen />
                  </Loading>
                </Route>
                <Route path="/conversations/:conversationId/prepare">
                  <Animated>
                    <PrepareScreen />
                  </Animated>
                </Route>
                <Route path="/conversations/:conversationId/ready">
                  <Loading>
                    <ReadinessScreen />
                  </Loading>
                </Route>
                <Route path="/incidents/:incidentId">
                  <Loading>
                    <IncidentScreen />
                  </Loading>
                </Route>
                <Route path="/conversations/:conversationId/debrief">
                  <Loading>
                    <DebriefScreen />
                  </Loading>
                </Route>
                <Route path="/conversations/:conversationId/meeting">
                  <Loading>
                    <MeetingScreen />
                  </Loading>
                </Route>
                <Route path="/people/:personId/plan">
                  <Loading>
                    <PlanScreen />
                  </Loading>
                </Route>
                <Route path="/people/:personId/plan/update">
                  <Loading>
                    <PlanUpdateScreen />
                  </Loading>
                </Route>
                <Route path="/people/:personId/plan/compare">
                  <Loading>
                    <PlanCompareScreen />
                  </Loading>
                </Route>
                <Route path="/people/:personId/plan/:output">
                  <Loading>
                    <PlanOutputScreen />
                  </Loading>
                </Route>
                <Route path="/people/:personId/stories/new">
                  <Loading>
                    <StoryNewScreen />
                  </Loading>
                </Route>
                <Route path="/stories/:storyId">
                  <Loading>
                    <StoryScreen />
                  </Loading>
                </Route>
                <Route path="/stories/:storyId/read">
                  <Animated>
                    <StoryReadScreen />
                  </Animated>
                </Route>
                <Route path="/stories/:storyId/print">
                  <Loading>
                    <StoryPrintScreen />
                  </Loading>
                </Route>
                <Route path="/conversations/:conversationId/summary">
                  <Loading>
                    <SummaryScreen />
                  </Loading>
                </Route>
                <Route>
                  <Loading>
                    <PeopleScreen />
                  </Loading>
                </Route>
              </Switch>
            </AppShell>
          </Route>
        </Switch>
      </ProtectionGate>
      <DatabaseUpdateNotice />
      {withUpdatePrompt ? (
        <Suspense fallback={<GettingReadyBeforePrompt />}>
          <UpdatePrompt />
        </Suspense>
      ) : null}
    </BrowserRouter>
  );
}
