import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useObjectUrl } from '../../lib/use-object-url';
import { Picture } from '../../ui/picture';
import { PhotoDrawing } from './photo-drawing';
import type { usePhotoPicture } from './use-photo-picture';

export interface PhotoPictureFieldProps {
  readonly state: ReturnType<typeof usePhotoPicture>;
  /** The card's word, shown under the preview as on the card. */
  readonly word: string;
  readonly language: string;
}

/** Where the card's picture comes from (camera, file, drawing), its preview and its shape. */
export function PhotoPictureField({ state, word, language }: PhotoPictureFieldProps) {
  const { t } = useTranslation('library');
  const { picture, refusal } = state;
  const image = picture.kind === 'photo' ? picture.image : undefined;
  const previewUrl = useObjectUrl(image?.bytes, image?.type);

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Lets the same file be chosen again after a change of mind.
    input.value = '';
    if (file) state.choose(file);
  }

  return (
    <div className="add-photo__picture">
      <div className="add-photo__sources">
        {/* Each input sits inside its label, so the label's box shows its focus. */}
        <label className="button">
          {t('photo.take')}
          <input
            className="visually-hidden"
            type="file"
            accept="image/*"
            capture="environment"
            onChange={onFile}
          />
        </label>
        <label className="button">
          {t('photo.choose')}
          <input className="visually-hidden" type="file" accept="image/*" onChange={onFile} />
        </label>
        <button type="button" className="button button--quiet" onClick={state.startDrawing}>
          {t('photo.draw')}
        </button>
      </div>
      {picture.kind === 'drawing' ? (
        <PhotoDrawing strokes={picture.strokes} onChange={state.draw} />
      ) : (
        <div className="add-photo__preview" lang={language}>
          {previewUrl ? (
            <Picture src={previewUrl} label={word} size="medium" />
          ) : (
            <p className="field-hint">{t('photo.noPicture')}</p>
          )}
        </div>
      )}
      {picture.kind === 'photo' || picture.kind === 'working' ? (
        <label className="add-photo__square">
          <input
            type="checkbox"
            checked={state.isSquare}
            onChange={(event) => state.setSquare(event.currentTarget.checked)}
          />
          {t('photo.square')}
        </label>
      ) : null}
      <div aria-live="polite">
        {picture.kind === 'working' ? <p>{t('photo.working')}</p> : null}
        {refusal ? <p className="message">{t(`photo.refused.${refusal}`)}</p> : null}
      </div>
    </div>
  );
}
