import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMPTY_PREPARATION,
  PREPARATION_LIMITS,
  SUPPORTS,
  type Preparation,
  type Support,
} from '../../domain/types';
import { SavedTextField } from '../../ui/saved-text-field';
import { TalkFields } from './talk-fields';

export interface PreparationFormProps {
  readonly preparation: Preparation | null;
  /** The person's name, as questions about them say it. */
  readonly personName: string;
  /** Stores a change; a write that fails is said by the screen. */
  readonly onSave: (changes: Partial<Preparation>) => Promise<unknown>;
  /** Shown under the supports while "Social story" is chosen: the person's stories. */
  readonly storyNote?: ReactNode;
}

/** What staff prepare before a conversation. Every field saves as it changes. */
export function PreparationForm({
  preparation,
  personName,
  onSave,
  storyNote,
}: PreparationFormProps) {
  const { t } = useTranslation('prepare');
  const current = preparation ?? EMPTY_PREPARATION;
  // Ticks show at once, before the stored copy comes back from the database.
  const [chosenSupports, setChosenSupports] = useState<readonly Support[] | null>(null);
  const supports = chosenSupports ?? current.supports;
  const toggleSupport = (support: Support, isOn: boolean) => {
    const next = isOn ? [...supports, support] : supports.filter((s) => s !== support);
    setChosenSupports(next);
    // Not stored: the ticks show what is stored again, so the same tick can be tried again.
    onSave({ supports: next }).catch(() => setChosenSupports(null));
  };
  // A text field keeps what was typed while it has focus; the screen says if it was not stored.
  const saveText = (changes: Partial<Preparation>) => {
    void onSave(changes);
  };

  return (
    <div className="preparation">
      <section className="panel" aria-labelledby="incident-heading">
        <h2 id="incident-heading">{t('incident.heading')}</h2>
        <SavedTextField
          type="datetime-local"
          label={t('incident.when')}
          value={current.incidentAt}
          onSave={(incidentAt) => saveText({ incidentAt })}
        />
        <SavedTextField
          label={t('incident.where')}
          placeholder={t('incident.wherePlaceholder')}
          maxLength={PREPARATION_LIMITS.place}
          value={current.place}
          onSave={(place) => saveText({ place })}
        />
        <SavedTextField
          isMultiline
          className="staff-only"
          label={t('incident.note')}
          hint={t('incident.noteHint')}
          maxLength={PREPARATION_LIMITS.staffNote}
          value={current.staffNote}
          onSave={(staffNote) => saveText({ staffNote })}
        />
      </section>
      <TalkFields
        preparation={current}
        personName={personName}
        onSaveText={saveText}
        onSave={onSave}
      />
      <section className="panel" aria-labelledby="people-heading">
        <h2 id="people-heading">{t('people.heading')}</h2>
        <SavedTextField
          label={t('people.staff')}
          hint={t('people.staffHint')}
          maxLength={PREPARATION_LIMITS.staff}
          value={current.staff}
          onSave={(staff) => saveText({ staff })}
        />
        <SavedTextField
          label={t('people.thirdPerson')}
          hint={t('people.thirdPersonHint')}
          maxLength={PREPARATION_LIMITS.thirdPerson}
          value={current.thirdPerson}
          onSave={(thirdPerson) => saveText({ thirdPerson })}
        />
      </section>
      <fieldset className="panel supports">
        <legend>{t('supports.heading')}</legend>
        {SUPPORTS.map((support) => (
          <label key={support} className="check">
            <input
              type="checkbox"
              checked={supports.includes(support)}
              onChange={(e) => toggleSupport(support, e.target.checked)}
            />
            <span>{t(`supports.${support}`)}</span>
          </label>
        ))}
        {supports.includes('social-story') ? storyNote : null}
      </fieldset>
    </div>
  );
}
