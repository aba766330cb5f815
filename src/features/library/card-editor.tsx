/**
 * Editing one card: its word in the staff's language and, when wanted, in the other languages
 * people here use; hiding it (any card) or deleting it (a card staff made). A built-in card's word
 * left empty goes back to the catalogue's. Nothing is stored until "Save".
 */
import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { labelFor } from '../../domain/labels';
import type { Card, ImageSource, LocalizedText } from '../../domain/types';
import { ImagePicture } from '../../ui/image-picture';
import { PictureChooser } from '../../ui/picture-chooser';
import { ModalDialog } from '../../ui/modal-dialog';
import { CONTENT_LANGUAGES, type ContentLanguage } from './content-languages';

export interface CardEditorProps {
  readonly card: Card;
  readonly colour: string;
  readonly isHidden: boolean;
  /** The words changed, by language ('' takes a word away), and a new picture if one was chosen. */
  readonly onSave: (changes: LocalizedText, image: ImageSource | null) => void;
  readonly onHide: (isHidden: boolean) => void;
  readonly onDelete: () => void;
  readonly onClose: () => void;
  /** The card's speech: hear it, record its word. */
  readonly speech?: ReactNode;
}

function WordField({
  language,
  value,
  onChange,
}: {
  readonly language: ContentLanguage;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const { t } = useTranslation('library');
  const fieldId = useId();
  return (
    <div className="card-editor__word">
      <label htmlFor={fieldId}>{t('card.wordIn', { language: t(`languages.${language}`) })}</label>
      <input
        id={fieldId}
        type="text"
        value={value}
        lang={language}
        dir="auto"
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function CardEditor(props: CardEditorProps) {
  const { card, colour, isHidden, onSave, onHide, onDelete, onClose } = props;
  const { t, i18n } = useTranslation('library');
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const staffLanguage = CONTENT_LANGUAGES.find((l) => l === i18n.language) ?? 'en';
  const others = CONTENT_LANGUAGES.filter((l) => l !== staffLanguage);
  const [words, setWords] = useState<Record<string, string>>(() => ({ ...card.labels }));
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const [isWordMissing, setWordMissing] = useState(false);
  const [image, setImage] = useState<ImageSource | null>(null);
  const [isChoosing, setChoosing] = useState(false);
  const label = labelFor(card.labels, i18n.language);
  const isBuiltIn = card.origin === 'starter';

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isBuiltIn && (words[staffLanguage] ?? '').trim() === '') {
      setWordMissing(true);
      return;
    }
    const changes = Object.fromEntries(
      Object.entries(words).filter(([language, word]) => word !== (card.labels[language] ?? '')),
    );
    onSave(changes, image);
  }
  const setWord = (language: string) => (value: string) => {
    setWordMissing(false);
    setWords({ ...words, [language]: value });
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <form className="card-editor" onSubmit={submit} noValidate>
        <h2 id={titleId}>{t('card.title', { label })}</h2>
        <div className="card-editor__preview">
          <ImagePicture image={image ?? card.image} label={label} colour={colour} size="medium" />
          {props.speech}
        </div>
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={isChoosing}
          onClick={() => setChoosing(!isChoosing)}
        >
          {t('card.changePicture')}
        </button>
        {isChoosing ? (
          <PictureChooser
            options={[]}
            isNoneOffered={false}
            onChoose={(chosen) => {
              setImage(chosen);
              setChoosing(false);
            }}
          />
        ) : null}
        <WordField
          language={staffLanguage}
          value={words[staffLanguage] ?? ''}
          onChange={setWord(staffLanguage)}
        />
        {isWordMissing ? <p role="alert">{t('card.wordNeeded')}</p> : null}
        {isBuiltIn ? <p className="card-editor__hint">{t('card.builtInHint')}</p> : null}
        <details className="card-editor__languages">
          <summary>{t('card.otherLanguages')}</summary>
          {others.map((language) => (
            <WordField
              key={language}
              language={language}
              value={words[language] ?? ''}
              onChange={setWord(language)}
            />
          ))}
        </details>
        <div className="card-editor__actions">
          <button type="submit" className="button button--primary">
            {t('card.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('card.cancel')}
          </button>
        </div>
        <div className="card-editor__actions card-editor__actions--apart">
          <button type="button" className="button button--quiet" onClick={() => onHide(!isHidden)}>
            {isHidden ? t('card.show') : t('card.hide')}
          </button>
          {isBuiltIn ? null : (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setConfirmingDelete(true)}
            >
              {t('card.delete')}
            </button>
          )}
        </div>
        {isConfirmingDelete ? (
          <div className="card-editor__confirm" role="group" aria-label={t('card.delete')}>
            <p>{t('card.deleteCheck', { label })}</p>
            <button type="button" className="button" onClick={onDelete}>
              {t('card.deleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
              {t('card.deleteNo')}
            </button>
          </div>
        ) : null}
      </form>
    </ModalDialog>
  );
}
