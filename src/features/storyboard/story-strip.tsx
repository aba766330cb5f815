import type { ReactNode } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import type { Story } from '../../domain/storyboard';
import { Icon } from '../../ui/icons';
import type { CardView } from './card-view';
import type { Pick } from './dnd-types';
import { StoryFrame, type FrameActions } from './story-frame';
import type { ActingActions } from './use-acting';

export interface StoryStripProps {
  readonly story: Story;
  readonly pick: Pick | null;
  readonly pickLabel: string | undefined;
  readonly viewOf: (cardId: string) => CardView;
  readonly actions: FrameActions;
  readonly onAddStep: () => void;
  readonly acting: ActingActions | null;
  /** The step marked "It started here", or null. */
  readonly startFrameId: string | null;
  /** Beside "Add step": the offer to put back what was just taken away. */
  readonly undo?: ReactNode;
}

/** The story as numbered steps, in the writing direction (a flex row with logical order). */
export function StoryStrip({
  story,
  pick,
  pickLabel,
  viewOf,
  actions,
  onAddStep,
  acting,
  startFrameId,
  undo,
}: StoryStripProps) {
  const { t } = useContentTranslation();
  return (
    <div className="story">
      <ol className="story__frames" aria-label={t('story.label')} data-scan-group="">
        {story.map((frame, index) => (
          <StoryFrame
            key={frame.id}
            frame={frame}
            index={index}
            count={story.length}
            pick={pick}
            pickLabel={pickLabel}
            viewOf={viewOf}
            actions={actions}
            acting={acting}
            isStart={frame.id === startFrameId}
          />
        ))}
      </ol>
      <div className="story__foot">
        <button type="button" className="button story__add" onClick={onAddStep}>
          <Icon name="plus" />
          {t('story.addStep')}
        </button>
        {undo}
      </div>
    </div>
  );
}
