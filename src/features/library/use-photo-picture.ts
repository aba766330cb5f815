/**
 * The picture of a new photo card while staff make it: a photo (made small off the page, see
 * lib/image-resize.ts) or a finger drawing. Choosing again, or "Make it square", starts over from
 * the chosen file; an answer that comes after a newer choice is dropped.
 */
import { useRef, useState } from 'react';
import type { Stroke } from '../../lib/drawing-data';
import { DRAWING_TYPE, drawingSvgBytes } from '../../lib/drawing-svg';
import {
  NotAPictureError,
  PictureTooLargeError,
  resizePhoto,
  type ResizedImage,
} from '../../lib/image-resize';

export type PhotoPicture =
  | { readonly kind: 'none' }
  | { readonly kind: 'working'; readonly file: File }
  | { readonly kind: 'photo'; readonly file: File; readonly image: ResizedImage }
  | { readonly kind: 'drawing'; readonly strokes: readonly Stroke[] };

/** Why a chosen file gave no picture; the dialog says each in its own calm words. */
export type PictureRefusal = 'notAPicture' | 'tooLarge' | 'failed';

export interface StoredPicture {
  readonly bytes: Uint8Array;
  readonly type: string;
}

function refusalOf(error: unknown): PictureRefusal {
  if (error instanceof PictureTooLargeError) return 'tooLarge';
  return error instanceof NotAPictureError ? 'notAPicture' : 'failed';
}

/** The bytes to store for a picture, or null while there is none (or an empty drawing). */
export function pictureToStore(picture: PhotoPicture): StoredPicture | null {
  if (picture.kind === 'photo') return { bytes: picture.image.bytes, type: picture.image.type };
  if (picture.kind === 'drawing' && picture.strokes.length > 0) {
    return { bytes: drawingSvgBytes(picture.strokes), type: DRAWING_TYPE };
  }
  return null;
}

export function usePhotoPicture() {
  const [picture, setPicture] = useState<PhotoPicture>({ kind: 'none' });
  const [refusal, setRefusal] = useState<PictureRefusal | null>(null);
  const [isSquare, setSquareState] = useState(false);
  const latest = useRef(0);

  async function prepare(file: File, square: boolean) {
    const turn = (latest.current += 1);
    setRefusal(null);
    setPicture({ kind: 'working', file });
    try {
      const image = await resizePhoto(file, { isSquare: square });
      if (turn === latest.current) setPicture({ kind: 'photo', file, image });
    } catch (error) {
      if (turn !== latest.current) return;
      setPicture({ kind: 'none' });
      setRefusal(refusalOf(error));
    }
  }

  return {
    picture,
    refusal,
    isSquare,
    choose: (file: File) => void prepare(file, isSquare),
    setSquare: (square: boolean) => {
      setSquareState(square);
      if (picture.kind === 'photo' || picture.kind === 'working')
        void prepare(picture.file, square);
    },
    startDrawing: () => {
      latest.current += 1;
      setRefusal(null);
      setPicture({ kind: 'drawing', strokes: [] });
    },
    draw: (strokes: readonly Stroke[]) => setPicture({ kind: 'drawing', strokes }),
  };
}
