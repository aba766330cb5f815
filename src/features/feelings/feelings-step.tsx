/**
 * "How did it feel?", connected to storage: for each story step a feeling, how big it was and
 * optional extras, then "I felt … so I …" links for the whole story. Stored choices are read
 * from the conversation; only which step is shown is kept here.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation, Person } from '../../domain/types';
import type { Library } from '../../storage/hooks';
import {
  linkFeelingToBehaviour,
  saveStepDrawing,
  setStepFeeling,
  unlinkFeeling,
} from '../../storage/together-repo';
import { LiveRegion } from '../../ui/live-region';
import { useAnnouncer } from '../../ui/use-announcer';
import { feelingCardIds, useLookOf } from './card-look';
import { FeelingLinks } from './feeling-links';
import { behaviourIds, linkFeelingIds } from './link-choices';
import { StepChoices } from './step-choices';
import { StepFeeling } from './step-feeling';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import './feelings.css';

export interface FeelingsStepProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  /** The person's language, for their cards and speech. */
  readonly language: string;
}

export function FeelingsStep({ conversation, library, language }: FeelingsStepProps) {
  const { t } = useTranslation('feelings');
  const [shownId, setShownId] = useState<string | null>(null);
  const [saveProblem, save] = useSave();
  const [announcement, announce] = useAnnouncer();
  const lookOf = useLookOf(library, language);
  const feelingIds = useMemo(() => feelingCardIds(library), [library]);
  const story = conversation.story;
  // The first step until another is chosen, and again if the shown one is deleted elsewhere.
  const index = Math.max(
    story.findIndex((f) => f.id === shownId),
    0,
  );
  const frame = story[index];
  const id = conversation.id;

  return (
    <div className="feelings">
      <SaveProblemNotice problem={saveProblem} />
      {frame ? (
        <>
          <StepChoices
            conversation={conversation}
            shownId={frame.id}
            lookOf={lookOf}
            onShow={setShownId}
          />
          <StepFeeling
            conversation={conversation}
            frame={frame}
            number={index + 1}
            feelingIds={feelingIds}
            lookOf={lookOf}
            onChange={(changes) => save(setStepFeeling(id, frame.id, changes))}
            onSaveDrawing={(bytes, message) =>
              save(saveStepDrawing(id, frame.id, bytes), () => announce(message))
            }
          />
        </>
      ) : (
        <p className="notice">{t('steps.noSteps')}</p>
      )}
      <FeelingLinks
        links={conversation.links}
        feelingIds={linkFeelingIds(conversation, feelingIds)}
        behaviourIds={behaviourIds(conversation, library)}
        lookOf={lookOf}
        onLink={(feeling, behaviour, message) =>
          save(linkFeelingToBehaviour(id, feeling, behaviour), () => announce(message))
        }
        onUnlink={(linkId, message) => save(unlinkFeeling(id, linkId), () => announce(message))}
      />
      <LiveRegion announcement={announcement} />
    </div>
  );
}
