/**
 * A picture with its word, the one way Restory shows a card. The word is the accessible name
 * of whatever control wraps it; the image is decorative so it is never read twice.
 */
import { useState } from 'react';
import './picture.css';

export interface PictureProps {
  readonly src: string | undefined;
  readonly label: string;
  readonly colour?: string | undefined;
  readonly size?: 'small' | 'medium' | 'large';
}

/** Longest word that fits a card's width at the label's size, and the most a smaller size fits. */
const FITS = 9;
const FITS_SMALLER = 14;

/**
 * How a label fits its card without breaking inside a word ("frustrate/d"): a long word is set
 * smaller; only a word too long for any card (a typed name without spaces) may wrap anywhere.
 */
export function labelFit(label: string): 'normal' | 'long' | 'unbroken' {
  const longest = Math.max(0, ...label.split(/\s+/).map((word) => Array.from(word).length));
  if (longest <= FITS) return 'normal';
  return longest <= FITS_SMALLER ? 'long' : 'unbroken';
}

export function Picture({ src, label, colour, size = 'medium' }: PictureProps) {
  const [failed, setFailed] = useState(false);
  const showImage = src !== undefined && !failed;
  return (
    <span
      className={`picture picture--${size}`}
      style={colour ? { backgroundColor: colour } : undefined}
    >
      {showImage ? (
        <img
          className="picture__image"
          src={src}
          alt=""
          draggable={false}
          onError={() => setFailed(true)}
        />
      ) : (
        <span className="picture__image picture__image--missing" aria-hidden="true">
          ?
        </span>
      )}
      <span className={`picture__label picture__label--${labelFit(label)}`} dir="auto">
        {label}
      </span>
    </span>
  );
}
