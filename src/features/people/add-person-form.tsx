import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NAME_LENGTH } from '../../storage/people-repo';

export interface AddPersonFormProps {
  /** Stores the person; a write that fails is said by the screen, and the name stays typed. */
  readonly onAdd: (name: string) => Promise<unknown>;
}

/** A name is all it takes to add a person; the profile is filled in later. */
export function AddPersonForm({ onAdd }: AddPersonFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [isMissing, setMissing] = useState(false);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing(true);
      input.current?.focus();
      return;
    }
    try {
      await onAdd(name);
    } catch {
      return; // The screen says the person was not added; the name stays to try again.
    }
    setName('');
    setMissing(false);
  }

  return (
    <form className="add-person" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-name`}>{t('people.nameLabel')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {isMissing ? t('people.nameRequired') : t('people.nameHint')}
      </p>
      <div className="add-person__row">
        <input
          ref={input}
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          dir="auto"
          maxLength={MAX_NAME_LENGTH}
          aria-describedby={`${id}-hint`}
          aria-invalid={isMissing}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            if (e.target.value.trim() !== '') setMissing(false);
          }}
        />
        <button type="submit" className="button">
          {t('people.add')}
        </button>
      </div>
    </form>
  );
}
