import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DeletePersonProps {
  readonly name: string;
  /** Erases the person; a rejection leaves everything as it was. */
  readonly onDelete: () => Promise<void>;
}

type Stage = 'idle' | 'first' | 'second' | 'failed';

/**
 * "Delete person" asks twice: first a plain question, then an explicit one that names the person
 * and says what goes with them. Focus moves to each question so it is read out.
 */
export function DeletePerson({ name, onDelete }: DeletePersonProps) {
  const { t } = useTranslation('profile');
  const [stage, setStage] = useState<Stage>('idle');
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (stage === 'first' || stage === 'second') question.current?.focus();
  }, [stage]);

  function keep() {
    setStage('idle');
    requestAnimationFrame(() => opener.current?.focus());
  }

  async function erase() {
    try {
      await onDelete();
    } catch {
      setStage('failed');
    }
  }

  if (stage === 'idle' || stage === 'failed') {
    return (
      <>
        <button
          ref={opener}
          type="button"
          className="button button--quiet"
          onClick={() => setStage('first')}
        >
          {t('delete.button')}
        </button>
        {stage === 'failed' ? <p role="alert">{t('delete.failed')}</p> : null}
      </>
    );
  }
  const isFirst = stage === 'first';
  return (
    <div className="confirm-delete" role="group" aria-labelledby="confirm-delete-question">
      <p id="confirm-delete-question" ref={question} tabIndex={-1}>
        {isFirst ? t('delete.firstQuestion', { name }) : t('delete.secondQuestion', { name })}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={keep}>
          {t('delete.keep', { name })}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => (isFirst ? setStage('second') : void erase())}
        >
          {isFirst ? t('delete.firstYes') : t('delete.secondYes', { name })}
        </button>
      </div>
    </div>
  );
}
