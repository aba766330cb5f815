import { m, useReducedMotionConfig } from 'framer-motion';
import { useContentTranslation } from '../../i18n/content-language';
import type { Bubble } from '../../domain/types';
import { useDrag } from '../../lib/dnd';
import { Icon } from '../../ui/icons';
import { ImagePicture } from '../../ui/image-picture';
import type { CardView } from './card-view';
import { DragType, type PlacementDragItem } from './dnd-types';
import { AddWordsButton, PuppetBubbles, withoutPlacing } from './puppet-bubbles';
import type { ActingActions } from './use-acting';

export interface PlacedPictureProps {
  readonly placementId: string;
  readonly cardId: string;
  readonly stepNumber: number;
  readonly view: CardView;
  readonly isPicked: boolean;
  readonly onPick: () => void;
  readonly onRemove: () => void;
  readonly bubbles?: readonly Bubble[];
  /** Set when puppets are offered: a people picture then carries speech and thought bubbles. */
  readonly acting?: ActingActions | null;
}

/**
 * A picture already in a step. Its controls are named with the step ("Move angry from step 2"),
 * so they never clash with the tray's picture buttons.
 */
export function PlacedPicture({
  placementId,
  cardId,
  stepNumber,
  view,
  isPicked,
  onPick,
  onRemove,
  bubbles = [],
  acting = null,
}: PlacedPictureProps) {
  const { t } = useContentTranslation();
  const [{ isDragging }, drag] = useDrag<PlacementDragItem, unknown, { isDragging: boolean }>(
    () => ({
      type: DragType.placement,
      item: { placementId, cardId },
      collect: (mon) => ({ isDragging: mon.isDragging() }),
    }),
    [placementId, cardId],
  );
  // Under reduced motion (the device's setting, or a calm mode later) a picture simply appears.
  const isCalm = useReducedMotionConfig() === true;
  const names = { label: view.label, number: stepNumber };
  const puppet = acting?.isPuppet(cardId) ? acting : null;
  const className = [
    'placed',
    isDragging ? 'is-dragging' : '',
    isPicked ? 'is-picked' : '',
    puppet && bubbles.length > 0 ? 'has-bubbles' : '',
  ].join(' ');
  return (
    <m.li
      className={className}
      initial={isCalm ? false : { opacity: 0, scale: 0.85 }}
      animate={{ opacity: 1, scale: 1 }}
      transition={{ type: 'spring', stiffness: 260, damping: 26 }}
    >
      <div className="placed__figure">
        <button
          type="button"
          ref={(node) => {
            drag(node);
          }}
          className="placed__pick"
          aria-pressed={isPicked}
          aria-label={t('story.movePicture', names)}
          data-placement-move={placementId}
          onClick={withoutPlacing(onPick)}
          onContextMenu={(e) => e.preventDefault()}
        >
          <ImagePicture image={view.image} label={view.label} colour={view.colour} size="small" />
        </button>
        <button
          type="button"
          className="placed__remove icon-button"
          aria-label={t('story.removePicture', names)}
          onClick={withoutPlacing(onRemove)}
        >
          <Icon name="close" />
        </button>
        {puppet ? (
          <AddWordsButton
            placementId={placementId}
            puppetLabel={view.label}
            stepNumber={stepNumber}
            acting={puppet}
          />
        ) : null}
      </div>
      {puppet ? (
        <PuppetBubbles
          placementId={placementId}
          puppetLabel={view.label}
          bubbles={bubbles}
          acting={puppet}
        />
      ) : null}
    </m.li>
  );
}
