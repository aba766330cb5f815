import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DiscardConversationProps {
  /** Erases the prepared conversation; a rejection leaves it as it was. */
  readonly onDiscard: () => Promise<void>;
}

type Stage = 'idle' | 'asking' | 'failed';

/**
 * "Discard" on a prepared conversation that was never held: asked once, in words that say what
 * goes; "Keep it" puts focus back on the button.
 */
export function DiscardConversation({ onDiscard }: DiscardConversationProps) {
  const { t } = useTranslation('prepare');
  const [stage, setStage] = useState<Stage>('idle');
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  // Focus follows the question, and comes back to "Discard" when the question closes.
  const wasAsking = useRef(false);
  useEffect(() => {
    if (stage === 'asking') {
      question.current?.focus();
      wasAsking.current = true;
    } else if (wasAsking.current) {
      opener.current?.focus();
      wasAsking.current = false;
    }
  }, [stage]);

  function keep() {
    setStage('idle');
  }

  async function discard() {
    try {
      await onDiscard();
    } catch {
      setStage('failed');
    }
  }

  if (stage !== 'asking') {
    return (
      <>
        <button
          ref={opener}
          type="button"
          className="button button--quiet"
          onClick={() => setStage('asking')}
        >
          {t('discard.button')}
        </button>
        {stage === 'failed' ? <p role="alert">{t('discard.failed')}</p> : null}
      </>
    );
  }
  return (
    <div className="confirm-delete" role="group" aria-labelledby="discard-question">
      <p id="discard-question" ref={question} tabIndex={-1}>
        {t('discard.question')}
      </p>
      <div className="actions">
        <button type="button" className="button button--quiet" onClick={keep}>
          {t('discard.keep')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void discard()}>
          {t('discard.confirm')}
        </button>
      </div>
    </div>
  );
}
