import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../../storage/hooks';
import { addPhotoCard } from '../../storage/library-photos-repo';
import { AddPhotoDialog, type NewPhoto } from './add-photo-dialog';
import './add-photo.css';

export interface AddPhotoButtonProps {
  /** Says that the card was added (the screen's live region); by default it is shown here. */
  readonly onAdded?: (message: string) => void;
}

/** "Add a photo": a photo or drawing becomes a card on the shared or a person's Photos board. */
export function AddPhotoButton({ onAdded }: AddPhotoButtonProps) {
  const { t, i18n } = useTranslation('library');
  const people = usePeople();
  const [isOpen, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const language = i18n.resolvedLanguage ?? i18n.language;

  async function add(photo: NewPhoto) {
    await addPhotoCard({ ...photo, boardLabels: { [language]: t('photo.boardName') } });
    setOpen(false);
    const added = t('photo.added', { word: photo.labels[language] ?? '' });
    if (onAdded) onAdded(added);
    else setMessage(added);
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setMessage('');
          setOpen(true);
        }}
      >
        {t('photo.button')}
      </button>
      {onAdded ? null : (
        <p role="status" className="add-photo__status">
          {message}
        </p>
      )}
      {isOpen ? (
        <AddPhotoDialog
          people={(people ?? []).filter((p) => !p.archivedAt)}
          language={language}
          onAdd={add}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
