/**
 * "How did it feel?", connected to storage, one question at a time for the story step in view:
 * the feeling, then how big it was, then (behind "Add more") a colour, a drawing or a sound, and
 * "I felt … so I …" with the actions of that step. A step may hold several feelings. Everything
 * chosen is read from the conversation, the step in view included, so a reload returns to it.
 */
import { useMemo, useState } from 'react';
import { useContentLanguage, useContentTranslation } from '../../i18n/content-language';
import type { Conversation, Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';
import {
  addStepFeeling,
  linkFeelingToBehaviour,
  removeStepFeeling,
  saveFeelingDrawing,
  setFeeling,
  showFeelingsStep,
  unlinkFeeling,
} from '../../storage/together-repo';
import { useSave } from '../../storage/use-save';
import { LiveRegion } from '../../ui/live-region';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { useAnnouncer } from '../../ui/use-announcer';
import { feelingCardIds, useLookOf } from './card-look';
import { actionsIn, feelingChoices } from './feeling-choices';
import { StepChoices } from './step-choices';
import { StepFeeling, type StepFeelingWrites } from './step-feeling';
import './feelings.css';

export interface FeelingsStepProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  /** The person's language, for their cards and speech. */
  readonly language: string;
}

export function FeelingsStep({ conversation, person, library, language }: FeelingsStepProps) {
  const { t } = useContentTranslation('feelings');
  const [saveProblem, save] = useSave();
  const [announcement, announce] = useAnnouncer();
  const lookOf = useLookOf(library, language);
  const { gender } = useContentLanguage();
  const choices = useMemo(
    () => feelingChoices(person, feelingCardIds(library), library),
    [person, library],
  );
  const { story, id } = conversation;
  // The step left open, else the first (also when the open one was deleted elsewhere).
  const index = Math.max(
    story.findIndex((f) => f.id === conversation.feelingsFrameId),
    0,
  );
  const frame = story[index];
  const nextFrame = story[index + 1];
  // A step shown by a tap takes the focus (and so comes into view); one shown on arrival does not.
  const [isShownByHand, setShownByHand] = useState(false);
  const show = (frameId: string) => {
    setShownByHand(true);
    save(showFeelingsStep(id, frameId));
  };
  const writes: StepFeelingWrites = {
    onAdd: (frameId, cardId, message) =>
      save(addStepFeeling(id, frameId, cardId), () => announce(message)),
    onChange: (feelingId, changes) => save(setFeeling(id, feelingId, changes)),
    onRemove: (feelingId, message) =>
      save(removeStepFeeling(id, feelingId), () => announce(message)),
    onSaveDrawing: (feelingId, bytes, message) =>
      save(saveFeelingDrawing(id, feelingId, bytes), () => {
        if (message) announce(message);
      }),
    onLink: (feelingCardId, actionCardId, message) =>
      save(linkFeelingToBehaviour(id, feelingCardId, actionCardId), () => announce(message)),
    onUnlink: (linkId, message) => save(unlinkFeeling(id, linkId), () => announce(message)),
  };

  return (
    <div className="feelings">
      <SaveProblemNotice problem={saveProblem} />
      {frame ? (
        <>
          {story.length > 1 ? (
            <StepChoices
              conversation={conversation}
              shownId={frame.id}
              lookOf={lookOf}
              onShow={show}
            />
          ) : null}
          <StepFeeling
            key={frame.id}
            conversation={conversation}
            frame={frame}
            number={index + 1}
            choices={choices}
            actions={actionsIn(frame, library, language, gender)}
            lookOf={lookOf}
            writes={writes}
            isShownByHand={isShownByHand}
            next={nextFrame ? { number: index + 2, show: () => show(nextFrame.id) } : null}
          />
        </>
      ) : (
        <p className="notice">{t('steps.noSteps')}</p>
      )}
      <LiveRegion announcement={announcement} />
    </div>
  );
}
