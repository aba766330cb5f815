import type { MouseEvent } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import type { Frame } from '../../domain/types';
import { useDrag, useDrop } from '../../lib/dnd';
import type { CardView } from './card-view';
import {
  DragType,
  type CardDragItem,
  type FrameDragItem,
  type Pick,
  type PlacementDragItem,
} from './dnd-types';
import { Icon } from '../../ui/icons';
import { FrameCaption } from './frame-caption';
import { PlacedPicture } from './placed-picture';
import type { ActingActions } from './use-acting';

type DropItem = CardDragItem | PlacementDragItem | FrameDragItem;

export interface FrameActions {
  readonly dropCard: (cardId: string, frameId: string) => void;
  readonly dropPlacement: (placementId: string, frameId: string) => void;
  readonly dropFrame: (frameId: string, toIndex: number) => void;
  readonly placePick: (frameId: string) => void;
  readonly pickPlacement: (placementId: string, cardId: string) => void;
  readonly removePlacement: (placementId: string, frameId: string) => void;
  readonly deleteFrame: (frameId: string) => void;
  readonly setCaption: (frameId: string, caption: string) => void;
  /** "It started here" on this step, or taken off it. */
  readonly markStart: (frameId: string) => void;
}

export interface StoryFrameProps {
  readonly frame: Frame;
  readonly index: number;
  readonly count: number;
  readonly pick: Pick | null;
  readonly pickLabel: string | undefined;
  readonly viewOf: (cardId: string) => CardView;
  readonly actions: FrameActions;
  readonly acting: ActingActions | null;
  /** Marked "It started here". */
  readonly isStart: boolean;
}

/** One step of the story: a drop target, and while a picture is picked, a tap target too. */
export function StoryFrame({
  frame,
  index,
  count,
  pick,
  pickLabel,
  viewOf,
  actions,
  acting,
  isStart,
}: StoryFrameProps) {
  const { t } = useContentTranslation();
  const number = index + 1;
  const [{ isOver, canDrop }, drop] = useDrop<
    DropItem,
    unknown,
    { isOver: boolean; canDrop: boolean }
  >(
    () => ({
      accept: [DragType.card, DragType.placement, DragType.frame],
      drop: (item) => {
        if ('placementId' in item) actions.dropPlacement(item.placementId, frame.id);
        else if ('cardId' in item) actions.dropCard(item.cardId, frame.id);
        else actions.dropFrame(item.frameId, index);
      },
      collect: (mon) => ({ isOver: mon.isOver(), canDrop: mon.canDrop() }),
    }),
    [frame.id, index, actions],
  );
  const [{ isDragging }, dragHandle] = useDrag<FrameDragItem, unknown, { isDragging: boolean }>(
    () => ({
      type: DragType.frame,
      item: { frameId: frame.id, number },
      collect: (mon) => ({ isDragging: mon.isDragging() }),
    }),
    [frame.id, number],
  );

  // A tap anywhere on the step puts the picked picture there; only the step's own buttons
  // (move, delete, a placed picture) keep their job.
  function onStepClick(event: MouseEvent<HTMLLIElement>) {
    if (!pick) return;
    const control = (event.target as HTMLElement).closest('button');
    if (control && !control.hasAttribute('data-put-here')) return;
    event.preventDefault();
    actions.placePick(frame.id);
  }

  const stepName = t('story.step', { number });
  const className = [
    'frame',
    isOver && canDrop ? 'is-over' : '',
    pick ? 'is-target' : '',
    isDragging ? 'is-dragging' : '',
    isStart ? 'is-start' : '',
  ].join(' ');
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- the "Put … here" button inside is the keyboard path; this is the bigger tap target (WCAG 2.5.7).
    <li
      ref={(node) => {
        drop(node);
      }}
      className={className}
      aria-label={stepName}
      data-frame-id={frame.id}
      data-scan-group=""
      onClick={onStepClick}
    >
      <div className="frame__header">
        <span
          ref={(node) => {
            dragHandle(node);
          }}
          className="frame__handle"
          title={t('story.dragStep', { number })}
        >
          <Icon name="grip" className="frame__grip" />
          <span className="frame__number" aria-hidden="true">
            {number}
          </span>
        </span>
        <div className="frame__controls">
          <button
            type="button"
            className="icon-button flip-rtl"
            aria-label={t('story.moveStepEarlier', { number })}
            disabled={index === 0}
            onClick={() => actions.dropFrame(frame.id, index - 1)}
          >
            <Icon name="earlier" />
          </button>
          <button
            type="button"
            className="icon-button flip-rtl"
            aria-label={t('story.moveStepLater', { number })}
            disabled={index === count - 1}
            onClick={() => actions.dropFrame(frame.id, index + 1)}
          >
            <Icon name="later" />
          </button>
        </div>
      </div>
      <ul className="frame__pictures">
        {frame.placements.map((p) => (
          <PlacedPicture
            key={p.id}
            placementId={p.id}
            cardId={p.cardId}
            stepNumber={number}
            view={viewOf(p.cardId)}
            isPicked={pick?.kind === 'placement' && pick.placementId === p.id}
            onPick={() => actions.pickPlacement(p.id, p.cardId)}
            onRemove={() => actions.removePlacement(p.id, frame.id)}
            bubbles={p.bubbles}
            acting={acting}
          />
        ))}
      </ul>
      {frame.placements.length === 0 && !pick ? (
        <p className="frame__empty">{t('story.emptyStep')}</p>
      ) : null}
      {pick && pickLabel !== undefined ? (
        <button type="button" className="frame__put" data-put-here="">
          {t('story.putHere', { label: pickLabel, number })}
        </button>
      ) : null}
      <FrameCaption
        frameId={frame.id}
        caption={frame.caption}
        number={number}
        onChange={actions.setCaption}
      />
      {/* Apart from the move buttons, so a tap meant for one never deletes; it can be undone. */}
      <div className="frame__foot">
        {/* Words and a flag say it, not colour alone; one step at a time, undone by a tap. */}
        <button
          type="button"
          className="frame__start"
          aria-pressed={isStart}
          onClick={() => actions.markStart(frame.id)}
        >
          <Icon name="flag" />
          {t('story.startedHere')}
        </button>
        <button
          type="button"
          className="icon-button frame__delete"
          aria-label={t('story.deleteStep', { number })}
          onClick={() => actions.deleteFrame(frame.id)}
        >
          <Icon name="trash" />
        </button>
      </div>
    </li>
  );
}
