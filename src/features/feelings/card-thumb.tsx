import { useImageSrc } from '../../ui/image-picture';
import type { CardLook } from './card-look';

/** Only a card's image, for small summaries whose words are given elsewhere. */
export function CardThumb({ look }: { readonly look: CardLook }) {
  const src = useImageSrc(look.image);
  return src ? (
    <img className="feelings__thumb" src={src} alt="" draggable={false} />
  ) : (
    <span className="feelings__thumb feelings__thumb--missing" />
  );
}
