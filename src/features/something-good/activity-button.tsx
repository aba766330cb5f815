import type { ImageSource } from '../../domain/types';
import { ImagePicture } from '../../ui/image-picture';

export interface ActivityButtonProps {
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour?: string | undefined;
  readonly isChosen: boolean;
  readonly onChoose: () => void;
}

/** One activity as a toggle button named by its word. */
export function ActivityButton({ label, image, colour, isChosen, onChoose }: ActivityButtonProps) {
  return (
    <button type="button" className="good-choice" aria-pressed={isChosen} onClick={onChoose}>
      <ImagePicture image={image} label={label} colour={colour} />
    </button>
  );
}
