import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PREPARATION_LIMITS, type Preparation } from '../../domain/types';
import { SavedTextField } from '../../ui/saved-text-field';

export interface TalkFieldsProps {
  readonly preparation: Preparation;
  readonly personName: string;
  readonly onSaveText: (changes: Partial<Preparation>) => void;
  readonly onSave: (changes: Partial<Preparation>) => Promise<unknown>;
}

const AGREED = [
  { value: true, key: 'talk.yes' },
  { value: false, key: 'talk.notYet' },
  { value: null, key: 'talk.notAsked' },
] as const;

/** When and where the talk will be (not where the incident was), and whether they agreed. */
export function TalkFields({ preparation, personName, onSaveText, onSave }: TalkFieldsProps) {
  const { t } = useTranslation('prepare');
  const name = useId();
  const agreed = preparation.isAgreed ?? null;
  return (
    <section className="panel" aria-labelledby="talk-heading">
      <h2 id="talk-heading">{t('talk.heading')}</h2>
      <SavedTextField
        type="datetime-local"
        label={t('talk.when')}
        value={preparation.talkAt ?? ''}
        onSave={(talkAt) => onSaveText({ talkAt })}
      />
      <SavedTextField
        label={t('talk.where')}
        placeholder={t('talk.wherePlaceholder')}
        maxLength={PREPARATION_LIMITS.talkPlace}
        value={preparation.talkPlace ?? ''}
        onSave={(talkPlace) => onSaveText({ talkPlace })}
      />
      <fieldset className="question-group">
        <legend>{t('talk.agreed', { name: personName })}</legend>
        {AGREED.map((option) => (
          <label key={option.key} className="check">
            <input
              type="radio"
              name={name}
              checked={agreed === option.value}
              onChange={() => void onSave({ isAgreed: option.value }).catch(() => undefined)}
            />
            <span>{t(option.key)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
