/**
 * The Break screen: a calm place to rest in the middle of a conversation. It shows nothing of
 * the story, and "Back to talking" returns to exactly where the person was.
 */
import { useEffect, useRef } from 'react';
import { useContentAttributes, useContentTranslation } from '../../i18n/content-language';
import { BreathingGuide } from './breathing-guide';
import type { ProfileCard } from '../../domain/types';
import type { SaveProblem } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { CalmActivities } from './calm-activities';
import { CalmSoundToggle } from './calm-sound-toggle';
import './break-screen.css';

export interface BreakScreenProps {
  /** What calms the person, from their profile. */
  readonly calming: readonly ProfileCard[];
  readonly language: string;
  /** Why the last change was not stored; the Break shows all the same. */
  readonly saveProblem: SaveProblem | null;
  readonly onBackToTalking: () => void;
}

export function BreakScreen(props: BreakScreenProps) {
  const { calming, language, saveProblem, onBackToTalking } = props;
  const { t } = useContentTranslation('break');
  const words = useContentAttributes();
  const heading = useRef<HTMLHeadingElement>(null);

  // The Break button that had focus is gone; start a keyboard or screen-reader user here.
  useEffect(() => heading.current?.focus(), []);

  return (
    <main className="break" id="main" lang={words.lang} dir={words.dir}>
      <h1 className="break__heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <p className="break__intro">{t('intro')}</p>
      <SaveProblemNotice problem={saveProblem} />
      <BreathingGuide />
      <CalmActivities cards={calming} language={language} />
      <div className="break__actions">
        <CalmSoundToggle />
        <button type="button" className="button button--primary" onClick={onBackToTalking}>
          {t('back')}
        </button>
      </div>
    </main>
  );
}
