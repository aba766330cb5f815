import { ImagePicture } from '../../ui/image-picture';
import type { PictureChoice } from '../../ui/picture-choices';
import './meeting.css';

export interface SharedPicturesProps {
  readonly heading: string;
  readonly pictures: readonly PictureChoice[];
  /** Their own words, as staff wrote them down; empty: none. */
  readonly words: string;
  /** The person's language, for the pictures' words and their own. */
  readonly language: string;
  /** The heading is already there (the list is still named by it). */
  readonly isHeadingHidden?: boolean;
}

/** One shared item in the meeting: a heading, its pictures with their words, and their words. */
export function SharedPictures(props: SharedPicturesProps) {
  const { heading, pictures, words, language, isHeadingHidden = false } = props;
  return (
    <div className="meeting__item">
      {isHeadingHidden ? null : <h4>{heading}</h4>}
      {pictures.length > 0 ? (
        <ul className="picture-choices" aria-label={heading} lang={language}>
          {pictures.map((p) => (
            <li key={p.id}>
              <ImagePicture image={p.image} label={p.label} colour={p.colour} size="small" />
            </li>
          ))}
        </ul>
      ) : null}
      {words === '' ? null : (
        <p className="meeting__words" lang={language} dir="auto">
          {words}
        </p>
      )}
    </div>
  );
}
