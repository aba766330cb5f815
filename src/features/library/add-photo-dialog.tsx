import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/types';
import { isQuotaError } from '../../storage/errors';
import { ModalDialog } from '../../ui/modal-dialog';
import { PhotoPictureField } from './photo-picture-field';
import { PhotoWords } from './photo-words';
import { pictureToStore, usePhotoPicture, type StoredPicture } from './use-photo-picture';

export interface NewPhoto extends StoredPicture {
  readonly personId: string | null;
  readonly labels: Readonly<Record<string, string>>;
}

export interface AddPhotoDialogProps {
  readonly people: readonly Person[];
  /** The staff's language: the card's first word is written in it. */
  readonly language: string;
  /** Stores the card; a rejection (the disk is full…) keeps the dialog open with a message. */
  readonly onAdd: (photo: NewPhoto) => Promise<void>;
  readonly onCancel: () => void;
}

type Problem = 'wordNeeded' | 'pictureNeeded' | 'saving' | null;

/**
 * A photo (camera or file) or a drawing becomes a card with words: for everyone (staff, places)
 * or for one person. Nothing is stored until "Add".
 */
export function AddPhotoDialog({ people, language, onAdd, onCancel }: AddPhotoDialogProps) {
  const { t } = useTranslation('library');
  const id = useId();
  const [titleId, introId] = [`${id}-title`, `${id}-intro`];
  const picture = usePhotoPicture();
  const [words, setWords] = useState<Readonly<Record<string, string>>>({});
  const [personId, setPersonId] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>(null);
  const [saveError, setSaveError] = useState<'storageFull' | 'saveFailed' | null>(null);
  const [chosenOther, setChosenOther] = useState<string | null>(null);
  const person = people.find((p) => p.id === personId) ?? null;
  // A person's card has their language too; a card for everyone, any one language staff choose.
  const other = person ? (person.language === language ? null : person.language) : chosenOther;
  const isWorking = picture.picture.kind === 'working' || problem === 'saving';

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const stored = pictureToStore(picture.picture);
    if (!stored) return setProblem('pictureNeeded');
    if ((words[language] ?? '').trim() === '') return setProblem('wordNeeded');
    const labels = pick(words, other ? [language, other] : [language]);
    setProblem('saving');
    setSaveError(null);
    try {
      await onAdd({ ...stored, personId, labels });
    } catch (error) {
      setProblem(null);
      setSaveError(isQuotaError(error) ? 'storageFull' : 'saveFailed');
    }
  }

  return (
    <ModalDialog labelledBy={titleId} describedBy={introId} onClose={onCancel}>
      <form
        className="add-photo"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-busy={isWorking}
      >
        <h2 id={titleId}>{t('photo.title')}</h2>
        <p id={introId}>{t('photo.intro')}</p>
        <PhotoPictureField state={picture} word={words[language] ?? ''} language={language} />
        <PhotoWords
          people={people}
          language={language}
          words={words}
          personId={personId}
          otherLanguage={other}
          onOtherLanguage={setChosenOther}
          isWordMissing={problem === 'wordNeeded'}
          onWords={(next) => {
            setWords(next);
            setProblem(null);
          }}
          onPerson={setPersonId}
        />
        <div aria-live="polite">
          {problem === 'pictureNeeded' && !pictureToStore(picture.picture) ? (
            <p className="message">{t('photo.pictureNeeded')}</p>
          ) : null}
          {problem === 'saving' ? <p>{t('photo.adding')}</p> : null}
          {saveError ? <p className="message">{t(`photo.refused.${saveError}`)}</p> : null}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={isWorking}>
            {t('photo.add')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('photo.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** The words in these languages, each once; empty ones are left for storage to drop. */
function pick(words: Readonly<Record<string, string>>, languages: readonly string[]) {
  const picked: Record<string, string> = {};
  for (const language of new Set(languages)) picked[language] = words[language] ?? '';
  return picked;
}
