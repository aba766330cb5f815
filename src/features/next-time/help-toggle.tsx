import type { ImageSource } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { useObjectUrl } from '../../lib/use-object-url';
import { useMediaBytes } from '../../storage/media-repo';
import { Picture } from '../../ui/picture';
import type { HelpChoice } from './help-choice';

export interface HelpToggleProps {
  readonly choice: HelpChoice;
  readonly isChosen: boolean;
  readonly onToggle: () => void;
}

/** A picture the individual taps to choose; its word is its name, aria-pressed its state. */
export function HelpToggle({ choice, isChosen, onToggle }: HelpToggleProps) {
  const src = useImageSrc(choice.image);
  return (
    <button
      type="button"
      className="choice-toggle next-time__toggle"
      aria-pressed={isChosen}
      onClick={onToggle}
    >
      <Picture src={src} label={choice.label} colour={choice.colour} />
    </button>
  );
}

/** A bundled symbol, or a photo read from storage. */
function useImageSrc(image: ImageSource | null): string | undefined {
  const media = useMediaBytes(image?.kind === 'media' ? image.mediaId : undefined);
  const photoUrl = useObjectUrl(media?.bytes, media?.type);
  return image?.kind === 'symbol' ? symbolUrl(image.symbol) : photoUrl;
}
