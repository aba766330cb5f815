/**
 * Editing a person's profile. The picture saves as soon as it is chosen (a photo is its own
 * action); the words (name, language, communication, cards) save as they change
 * (use-profile-autosave.ts), and "Save profile" stores at once and goes back.
 */
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../lib/router';
import { GRAMMATICAL_GENDERS, type GrammaticalGender, type Person } from '../../domain/types';
import {
  MAX_NAME_LENGTH,
  ProfileInputError,
  updateProfile,
  type ProfileChanges,
} from '../../storage/people-repo';
import { LiveRegion } from '../../ui/live-region';
import { useAnnouncer } from '../../ui/use-announcer';
import { CommunicationFields } from './communication-fields';
import { CONTENT_LANGUAGES } from './languages';
import { PicturePicker } from './picture-picker';
import { useProfileAutosave } from './use-profile-autosave';
import { OwnFeelingsEditor } from './own-feelings-editor';
import { ProfileCardsEditor } from './profile-cards-editor';
import type { SymbolGroup } from './symbol-choices';
import './profile.css';

export interface ProfileEditorProps {
  readonly person: Person;
  /** Symbols for the person's picture (the People board). */
  readonly pictureSymbols: SymbolGroup | undefined;
  /** Boards to pick a picture from for likes and calming cards. */
  readonly cardSymbols: readonly SymbolGroup[];
  /** The feeling cards, for the person's own feelings. */
  readonly feelingSymbols: SymbolGroup | undefined;
}

type Problem = 'name-required' | 'card-text-required' | 'failed' | null;

function draftOf(person: Person): ProfileChanges {
  const { displayName, language, grammaticalGender, communication, likes, calming, feelings } =
    person;
  return { displayName, language, grammaticalGender, communication, likes, calming, feelings };
}

function genderOf(value: string): GrammaticalGender | undefined {
  return GRAMMATICAL_GENDERS.find((gender) => gender === value);
}

export function ProfileEditor(props: ProfileEditorProps) {
  const { person, pictureSymbols, cardSymbols, feelingSymbols } = props;
  const { t } = useTranslation('profile');
  const id = useId();
  const navigate = useNavigate();
  const nameInput = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(() => draftOf(person));
  const [problem, setProblem] = useState<Problem>(null);
  const [announcement, announce] = useAnnouncer();
  const change = (next: Partial<ProfileChanges>) => setDraft((d) => ({ ...d, ...next }));
  useProfileAutosave(person.id, draft, () => setProblem('failed'));

  async function save(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await updateProfile(person.id, draft);
      setProblem(null);
      navigate(`/people/${person.id}`);
    } catch (error) {
      const reason = error instanceof ProfileInputError ? error.reason : 'failed';
      setProblem(reason);
      if (reason === 'name-required') nameInput.current?.focus();
    }
  }

  const isNameMissing = problem === 'name-required';
  return (
    <section className="screen profile-editor">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('editor.back', { name: person.displayName })}
      </Link>
      <h1>{t('editor.heading', { name: person.displayName })}</h1>
      <PicturePicker person={person} symbols={pictureSymbols} announce={announce} />
      <form onSubmit={(e) => void save(e)} noValidate>
        <fieldset className="profile-section">
          <legend>{t('editor.details')}</legend>
          <label htmlFor={`${id}-name`}>{t('editor.nameLabel')}</label>
          <p id={`${id}-name-hint`} className="field-hint">
            {isNameMissing ? t('editor.nameRequired') : t('editor.nameHint')}
          </p>
          <input
            ref={nameInput}
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            dir="auto"
            maxLength={MAX_NAME_LENGTH}
            aria-describedby={`${id}-name-hint`}
            aria-invalid={isNameMissing}
            value={draft.displayName}
            onChange={(e) => change({ displayName: e.target.value })}
          />
          <label htmlFor={`${id}-language`}>{t('editor.language')}</label>
          <select
            id={`${id}-language`}
            value={draft.language}
            onChange={(e) => change({ language: e.target.value })}
          >
            {CONTENT_LANGUAGES.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-gender`}>{t('editor.gender')}</label>
          <p id={`${id}-gender-hint`} className="field-hint">
            {t('editor.genderHint')}
          </p>
          <select
            id={`${id}-gender`}
            aria-describedby={`${id}-gender-hint`}
            value={draft.grammaticalGender ?? ''}
            onChange={(e) => change({ grammaticalGender: genderOf(e.target.value) })}
          >
            <option value="">{t('editor.genderUnset')}</option>
            {GRAMMATICAL_GENDERS.map((gender) => (
              <option key={gender} value={gender}>
                {gender === 'feminine' ? t('editor.genderFeminine') : t('editor.genderMasculine')}
              </option>
            ))}
          </select>
        </fieldset>
        <CommunicationFields
          value={draft.communication}
          onChange={(communication) => change({ communication })}
        />
        <ProfileCardsEditor
          heading={t('cards.likes')}
          hint={t('cards.likesHint')}
          cards={draft.likes}
          groups={cardSymbols}
          language={draft.language}
          onChange={(likes) => change({ likes })}
          newId={() => crypto.randomUUID()}
        />
        <ProfileCardsEditor
          heading={t('cards.calming')}
          hint={t('cards.calmingHint')}
          cards={draft.calming}
          groups={cardSymbols}
          language={draft.language}
          onChange={(calming) => change({ calming })}
          newId={() => crypto.randomUUID()}
        />
        <OwnFeelingsEditor
          feelings={draft.feelings}
          group={feelingSymbols}
          onChange={(feelings) => change({ feelings })}
        />
        <div aria-live="polite">
          {problem === 'failed' ? <p className="message">{t('editor.saveFailed')}</p> : null}
          {problem === 'card-text-required' ? (
            <p className="message">{t('editor.cardTextRequired')}</p>
          ) : null}
          {isNameMissing ? <p className="message">{t('editor.nameRequired')}</p> : null}
        </div>
        <button type="submit" className="button button--primary">
          {t('editor.save')}
        </button>
      </form>
      <LiveRegion announcement={announcement} />
    </section>
  );
}
