/**
 * The dialog for a puppet's words: whose words (said or thought), typed words and/or a feeling
 * or phrase card. What is typed stays here until Add or Save; nothing is stored on the way.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { MAX_BUBBLE_LENGTH } from '../../domain/storyboard';
import { BUBBLE_KINDS, type Bubble, type BubbleKind } from '../../domain/types';
import { ModalDialog } from '../../ui/modal-dialog';
import { shapeOf } from './acting-icons';
import { BubbleCardPicker, type CardChoice } from './bubble-card-picker';

export interface BubbleDraft {
  readonly kind: BubbleKind;
  readonly text: string;
  readonly cardId: string | null;
}

export interface BubbleEditorProps {
  readonly puppetLabel: string;
  /** The bubble being changed, or null to add a new one. */
  readonly bubble: Bubble | null;
  readonly feelings: readonly CardChoice[];
  readonly phrases: readonly CardChoice[];
  readonly onSubmit: (draft: BubbleDraft) => void;
  readonly onCancel: () => void;
}

export function BubbleEditor(props: BubbleEditorProps) {
  const { puppetLabel, bubble, feelings, phrases, onSubmit, onCancel } = props;
  const { t } = useContentTranslation('acting');
  const id = useId();
  const [titleId, hintId, wordsId] = [`${id}-title`, `${id}-hint`, `${id}-words`];
  // Someone else's words are the most common start when acting out what happened.
  const [kind, setKind] = useState<BubbleKind>(bubble?.kind ?? 'they-said');
  const [text, setText] = useState(bubble?.text ?? '');
  const [cardId, setCardId] = useState<string | null>(bubble?.cardId ?? null);
  const isEmpty = text.trim() === '' && cardId === null;

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isEmpty) onSubmit({ kind, text: text.trim(), cardId });
  }

  return (
    <ModalDialog labelledBy={titleId} describedBy={hintId} onClose={onCancel}>
      <form className="bubble-editor" onSubmit={submit}>
        <h2 id={titleId} className="bubble-editor__title">
          {t('dialog.title', { label: puppetLabel })}
        </h2>
        <p id={hintId} className="field-hint">
          {t('dialog.hint')}
        </p>
        <KindChoice kind={kind} isFixed={bubble !== null} onChange={setKind} />
        <div className="field">
          <label className="field__label" htmlFor={wordsId}>
            {t('dialog.words')}
          </label>
          <input
            id={wordsId}
            type="text"
            className="field__input"
            value={text}
            maxLength={MAX_BUBBLE_LENGTH}
            autoComplete="off"
            dir="auto"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <BubbleCardPicker
          feelings={feelings}
          phrases={phrases}
          chosenId={cardId}
          onChoose={setCardId}
        />
        <div className="bubble-editor__actions">
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={isEmpty}>
            {t(bubble ? 'dialog.save' : 'dialog.add')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

interface KindChoiceProps {
  readonly kind: BubbleKind;
  /** A stored bubble keeps its kind: 'edit-bubble' changes only the words and the card. */
  readonly isFixed: boolean;
  readonly onChange: (kind: BubbleKind) => void;
}

/** Native radios, so arrow keys move between the four and the group reads as one question. */
function KindChoice({ kind, isFixed, onChange }: KindChoiceProps) {
  const { t } = useContentTranslation('acting');
  const name = useId();
  return (
    <fieldset className="bubble-kinds" disabled={isFixed}>
      <legend className="field__label">{t('dialog.whose')}</legend>
      {BUBBLE_KINDS.map((k) => (
        <label key={k} className={`bubble-kind${k === kind ? ' is-chosen' : ''}`}>
          <input
            type="radio"
            name={name}
            value={k}
            checked={k === kind}
            onChange={() => onChange(k)}
          />
          <span className={`bubble-shape bubble-shape--${shapeOf(k)}`} aria-hidden="true" />
          <span>{t(`kind.${k}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
