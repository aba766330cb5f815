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
      <span className="picture__label">{label}</span>
    </span>
  );
}
