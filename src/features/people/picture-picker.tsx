import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/types';
import {
  NotAPictureError,
  PictureTooLargeError,
  resizePhoto,
  type Size,
} from '../../lib/image-resize';
import { isQuotaError } from '../../storage/errors';
import { setPersonPhoto, setPersonPicture } from '../../storage/people-repo';
import { PersonPicture } from './person-picture';
import { SymbolChoices, type SymbolGroup } from './symbol-choices';

export interface PicturePickerProps {
  readonly person: Person;
  readonly symbols: SymbolGroup | undefined;
  readonly announce: (text: string) => void;
}

type Status = 'idle' | 'working' | 'not-a-picture' | 'too-large' | 'storage-full' | 'failed';

/**
 * Why a photo was not stored: not a picture, too large to open on a tablet, a full disk (each in
 * its own words), or anything else.
 */
function statusOf(error: unknown): Status {
  if (error instanceof NotAPictureError) return 'not-a-picture';
  if (error instanceof PictureTooLargeError) return 'too-large';
  return isQuotaError(error) ? 'storage-full' : 'failed';
}

/** The person's picture: a photo (camera or file, made small first) or a symbol. Saves at once. */
export function PicturePicker({ person, symbols, announce }: PicturePickerProps) {
  const { t, i18n } = useTranslation('profile');
  const id = useId();
  const [status, setStatus] = useState<Status>('idle');
  const [tooLarge, setTooLarge] = useState<Size | null>(null);
  const chosenSymbol = person.picture?.kind === 'symbol' ? person.picture.symbol : null;

  async function takePhoto(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setStatus('working');
    try {
      const photo = await resizePhoto(file);
      await setPersonPhoto(person.id, { bytes: photo.bytes, type: photo.type });
      setStatus('idle');
      announce(t('picture.saved'));
    } catch (error) {
      setTooLarge(error instanceof PictureTooLargeError ? error.size : null);
      setStatus(statusOf(error));
    } finally {
      // Lets the same file be chosen again after a change of mind.
      input.value = '';
    }
  }

  async function choose(picture: Person['picture'], message: string) {
    setStatus('idle');
    try {
      await setPersonPicture(person.id, picture);
      announce(message);
    } catch (error) {
      setStatus(statusOf(error));
    }
  }

  return (
    <section className="profile-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('picture.heading')}</h2>
      <div className="picture-picker__current">
        {person.picture ? (
          <PersonPicture picture={person.picture} alt={t('picture.current')} />
        ) : (
          <p>{t('picture.none')}</p>
        )}
        {person.picture ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void choose(null, t('picture.removed'))}
          >
            {t('picture.remove')}
          </button>
        ) : null}
      </div>
      {/* The input sits inside its label so the label's box shows its focus (see profile.css). */}
      <label className="button picture-picker__photo">
        {t('picture.photo')}
        <input
          className="visually-hidden"
          type="file"
          accept="image/*"
          capture="environment"
          aria-describedby={`${id}-photo-hint`}
          onChange={(event) => void takePhoto(event)}
        />
      </label>
      <p id={`${id}-photo-hint`} className="field-hint">
        {t('picture.photoHint')}
      </p>
      <div aria-live="polite">
        {status === 'working' ? <p>{t('picture.working')}</p> : null}
        {status === 'not-a-picture' ? <p className="message">{t('picture.notAPicture')}</p> : null}
        {status === 'too-large' && tooLarge ? (
          <p className="message">
            {t('picture.tooLarge', {
              width: tooLarge.width.toLocaleString(i18n.language),
              height: tooLarge.height.toLocaleString(i18n.language),
            })}
          </p>
        ) : null}
        {status === 'failed' ? <p className="message">{t('picture.saveFailed')}</p> : null}
        {status === 'storage-full' ? <p className="message">{t('picture.storageFull')}</p> : null}
      </div>
      {symbols ? (
        <>
          <h3>{t('picture.symbols')}</h3>
          <SymbolChoices
            label={t('picture.symbols')}
            group={symbols}
            selected={chosenSymbol}
            onChoose={(choice) =>
              void choose({ kind: 'symbol', symbol: choice.symbol }, t('picture.saved'))
            }
          />
        </>
      ) : null}
    </section>
  );
}
