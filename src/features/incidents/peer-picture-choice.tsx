import { useTranslation } from 'react-i18next';
import { symbolUrl } from '../../lib/symbols';
import { Picture } from '../../ui/picture';
import type { PeerPicture } from './involved';

export interface PeerPictureChoiceProps {
  readonly pictures: readonly PeerPicture[];
  /** The chosen library card, or null for the people picture. */
  readonly selected: string | null;
  readonly onChoose: (cardId: string | null) => void;
  readonly defaultSymbol: string;
}

/** A peer's picture: the people picture, or one from the library's People board. */
export function PeerPictureChoice(props: PeerPictureChoiceProps) {
  const { pictures, selected, onChoose, defaultSymbol } = props;
  const { t } = useTranslation('incident');
  const choices = [
    { cardId: null, label: t('involved.peopleSymbol'), symbol: defaultSymbol },
    ...pictures,
  ];
  return (
    <ul className="symbol-picker" aria-label={t('involved.picture')}>
      {choices.map((choice) => (
        <li key={choice.cardId ?? 'people'}>
          <button
            type="button"
            className="symbol-picker__button"
            aria-pressed={selected === choice.cardId}
            onClick={() => onChoose(choice.cardId)}
          >
            <Picture src={symbolUrl(choice.symbol)} label={choice.label} size="small" />
          </button>
        </li>
      ))}
    </ul>
  );
}
