import type { ImageSource } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { useObjectUrl } from '../../lib/use-object-url';
import { useMediaBytes } from '../../storage/media-repo';
import { Picture } from '../../ui/picture';

export interface ActivityButtonProps {
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour?: string | undefined;
  readonly isChosen: boolean;
  readonly onChoose: () => void;
}

/** A photo read from storage; only pictures that are photos pay for the lookup. */
function MediaPicture({ mediaId, label }: { readonly mediaId: string; readonly label: string }) {
  const media = useMediaBytes(mediaId);
  const url = useObjectUrl(media?.bytes, media?.type);
  return <Picture src={url} label={label} />;
}

/** One activity as a toggle button named by its word. */
export function ActivityButton({ label, image, colour, isChosen, onChoose }: ActivityButtonProps) {
  return (
    <button type="button" className="good-choice" aria-pressed={isChosen} onClick={onChoose}>
      {image?.kind === 'media' ? (
        <MediaPicture mediaId={image.mediaId} label={label} />
      ) : (
        <Picture src={image ? symbolUrl(image.symbol) : undefined} label={label} colour={colour} />
      )}
    </button>
  );
}
