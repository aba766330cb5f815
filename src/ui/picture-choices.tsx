/**
 * Big picture cards the individual taps to choose, as a list named by a heading: each card's word
 * is its name and aria-pressed its state. When the person uses speech, a tap also says the word
 * (inside the tap: tablets only allow speech that a tap started).
 */
import type { ImageSource } from '../domain/types';
import { speak } from '../lib/speech';
import { ImagePicture } from './image-picture';
import { sayCard } from './say-card';

export interface PictureChoice {
  readonly id: string;
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour?: string | undefined;
  /** A recording of the word (media id): it plays instead of the voice. */
  readonly sound?: string | undefined;
}

export interface PictureChoicesProps {
  readonly choices: readonly PictureChoice[];
  readonly chosenIds: readonly string[];
  /** The id of the heading that names the list. */
  readonly labelledBy: string;
  readonly onToggle: (id: string) => void;
  /** The person's language when their words are spoken on a tap; null: silent. */
  readonly speakIn: string | null;
  readonly size?: 'small' | 'medium' | 'large';
  readonly className?: string;
}

export function PictureChoices(props: PictureChoicesProps) {
  const { choices, chosenIds, labelledBy, onToggle, speakIn, size, className } = props;
  return (
    <ul className={`picture-choices ${className ?? ''}`} aria-labelledby={labelledBy}>
      {choices.map((choice) => (
        <li key={choice.id}>
          <button
            type="button"
            className="choice-toggle picture-choices__toggle"
            aria-pressed={chosenIds.includes(choice.id)}
            onClick={() => {
              if (speakIn !== null) {
                if (choice.sound) void sayCard(choice, speakIn);
                else void speak(choice.label, speakIn);
              }
              onToggle(choice.id);
            }}
          >
            <ImagePicture
              image={choice.image}
              label={choice.label}
              colour={choice.colour}
              size={size}
            />
          </button>
        </li>
      ))}
    </ul>
  );
}
