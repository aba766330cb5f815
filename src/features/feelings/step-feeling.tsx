import { useEffect, useRef, useState } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { feelingsIn, type FeelingChanges } from '../../domain/together';
import type { Conversation, Frame } from '../../domain/types';
import { ImagePicture } from '../../ui/image-picture';
import type { LookOf } from './card-look';
import {
  questionOf,
  type FeelingChoices,
  type HeldQuestion,
  type StepAction,
} from './feeling-choices';
import { FeelingChoice } from './feeling-choice';
import { FeelingPanel } from './feeling-panel';
import { StepFeelingsRow } from './step-feelings-row';

/** The writes "How did it feel?" makes; `message` is said once a write has landed. */
export interface StepFeelingWrites {
  readonly onAdd: (frameId: string, cardId: string, message: string) => void;
  readonly onChange: (
    feelingId: string,
    changes: Omit<FeelingChanges, 'cardId' | 'drawingMediaId'>,
  ) => void;
  readonly onRemove: (feelingId: string, message: string) => void;
  readonly onSaveDrawing: (feelingId: string, bytes: Uint8Array | null, message: string) => void;
  readonly onLink: (feelingCardId: string, actionCardId: string, message: string) => void;
  readonly onUnlink: (linkId: string, message: string) => void;
}

export interface StepFeelingProps {
  readonly conversation: Conversation;
  readonly frame: Frame;
  readonly number: number;
  readonly choices: FeelingChoices;
  /** The actions placed in this step, for "so I …". */
  readonly actions: readonly StepAction[];
  readonly lookOf: LookOf;
  readonly writes: StepFeelingWrites;
  /** The story step after this one, if any. */
  readonly next: { readonly number: number; readonly show: () => void } | null;
  /** Shown by a tap (a step button, "On to step 3"), not on arrival: it takes the focus. */
  readonly isShownByHand: boolean;
}

/**
 * One story step: its pictures, the feelings chosen for it, and one question at a time — which
 * feeling, or how big it was and what else goes with it. Which question is asked is held here
 * (`HeldQuestion`); everything answered is stored.
 */
export function StepFeeling(props: StepFeelingProps) {
  const { conversation, frame, number, choices, lookOf, writes } = props;
  const { t } = useContentTranslation('feelings');
  const [held, hold] = useState<HeldQuestion | null>(null);
  const feelings = feelingsIn(conversation, frame.id);
  const question = questionOf(feelings, held);
  const headingId = `feelings-step-heading-${frame.id}`;
  // A feeling taken out takes its questions with it: the focus goes to the step, not lost.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isFocusedFirst = useRef(props.isShownByHand);
  useEffect(() => {
    if (isFocusedFirst.current) headingRef.current?.focus();
  }, []);
  const remove: StepFeelingWrites['onRemove'] = (feelingId, message) => {
    writes.onRemove(feelingId, message);
    hold(null);
    headingRef.current?.focus();
  };

  const choose = (cardId: string) => {
    const there = feelings.find((f) => f.cardId === cardId);
    if (there) return hold({ kind: 'feeling', id: there.id });
    hold({ kind: 'card', cardId });
    writes.onAdd(frame.id, cardId, t('feeling.chosen', { feeling: lookOf(cardId).label, number }));
  };

  return (
    <section className="feelings__shown" aria-labelledby={headingId}>
      <div className="feelings__step-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('steps.step', { number })}
        </h2>
        {frame.placements.length > 0 ? (
          <ul className="feelings__pictures" aria-label={t('steps.picturesIn', { number })}>
            {frame.placements.map((p) => (
              <li key={p.id}>
                <ImagePicture {...lookOf(p.cardId)} size="small" />
              </li>
            ))}
          </ul>
        ) : (
          <p className="feelings__quiet">{t('steps.emptyStep')}</p>
        )}
      </div>
      {frame.caption ? (
        <p className="feelings__caption" dir="auto">
          {frame.caption}
        </p>
      ) : null}
      {feelings.length > 0 ? (
        <StepFeelingsRow
          feelings={feelings}
          number={number}
          shownId={question.kind === 'feeling' ? question.feeling.id : null}
          lookOf={lookOf}
          onShow={(id) => hold({ kind: 'feeling', id })}
          onAnother={() => hold({ kind: 'choose' })}
        />
      ) : null}
      {question.kind === 'choose' ? (
        <FeelingChoice
          choices={choices}
          chosenIds={[
            ...feelings.flatMap((f) => f.cardId ?? []),
            ...(held?.kind === 'card' ? [held.cardId] : []),
          ]}
          lookOf={lookOf}
          onChoose={choose}
        />
      ) : (
        <FeelingPanel
          key={question.feeling.id}
          {...props}
          writes={{ ...writes, onRemove: remove }}
          feeling={question.feeling}
          // A feeling just chosen takes the focus to its next question.
          isJustChosen={held?.kind === 'card'}
        />
      )}
    </section>
  );
}
