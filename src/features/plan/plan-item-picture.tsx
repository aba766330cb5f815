import type { ImageSource } from '../../domain/types';
import { useImageSrc } from '../../ui/image-picture';

/** An item's picture beside its words (decorative: the words say it), or the band's picture. */
export function PlanItemPicture({
  image,
  fallbackSymbol,
  size = 'medium',
}: {
  readonly image: ImageSource | null;
  /** Shown when the item has no picture of its own, so every item carries one. */
  readonly fallbackSymbol?: string | undefined;
  readonly size?: 'medium' | 'large';
}) {
  const src = useImageSrc(
    image ?? (fallbackSymbol ? { kind: 'symbol', symbol: fallbackSymbol } : null),
  );
  if (!src) return <span className={`plan-item__picture plan-item__picture--${size}`} />;
  return (
    <img
      className={`plan-item__picture plan-item__picture--${size}`}
      src={src}
      alt=""
      draggable={false}
    />
  );
}
