import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeelingLink } from '../../domain/types';
import { ImagePicture } from '../../ui/image-picture';
import type { LookOf } from './card-look';

export interface FeelingLinksProps {
  readonly links: readonly FeelingLink[];
  readonly feelingIds: readonly string[];
  readonly behaviourIds: readonly string[];
  readonly lookOf: LookOf;
  readonly onLink: (feelingCardId: string, behaviourCardId: string, message: string) => void;
  readonly onUnlink: (linkId: string, message: string) => void;
}

const FEELING_HEADING = 'feelings-link-feeling';
const BEHAVIOUR_HEADING = 'feelings-link-behaviour';

/** "I felt … so I …" for the whole story: pick a feeling and a picture of what happened, link. */
export function FeelingLinks(props: FeelingLinksProps) {
  const { feelingIds, behaviourIds, lookOf, onLink } = props;
  const { t } = useTranslation('feelings');
  const [heldFeeling, setFeeling] = useState<string | null>(null);
  const [heldBehaviour, setBehaviour] = useState<string | null>(null);
  // Linking disables the button and removing deletes it: focus goes to the heading instead of
  // being lost, and the list of links follows it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A choice whose picture has left the lists (removed from the story, say) no longer counts.
  const feeling = heldFeeling && feelingIds.includes(heldFeeling) ? heldFeeling : null;
  const behaviour = heldBehaviour && behaviourIds.includes(heldBehaviour) ? heldBehaviour : null;
  const words = (f: string, b: string) => ({
    feeling: lookOf(f).label,
    behaviour: lookOf(b).label,
  });

  const link = () => {
    if (!feeling || !behaviour) return;
    onLink(feeling, behaviour, t('link.linked', words(feeling, behaviour)));
    setFeeling(null);
    setBehaviour(null);
    headingRef.current?.focus();
  };
  const unlink = (linkId: string, message: string) => {
    props.onUnlink(linkId, message);
    headingRef.current?.focus();
  };
  return (
    <section className="feelings__links" aria-labelledby="feelings-link-heading">
      <h2 id="feelings-link-heading" ref={headingRef} tabIndex={-1}>
        {t('link.heading')}
      </h2>
      <LinkList {...props} onUnlink={unlink} />
      <h3 id={FEELING_HEADING}>{t('link.feelingLabel')}</h3>
      <ChoiceRow
        labelledBy={FEELING_HEADING}
        ids={feelingIds}
        chosen={feeling}
        lookOf={lookOf}
        nameOf={(label) => t('link.chooseFeeling', { feeling: label })}
        onChoose={(id) => setFeeling(id === feeling ? null : id)}
      />
      <h3 id={BEHAVIOUR_HEADING}>{t('link.behaviourLabel')}</h3>
      {behaviourIds.length === 0 ? (
        <p className="feelings__quiet">{t('link.noBehaviours')}</p>
      ) : (
        <ChoiceRow
          labelledBy={BEHAVIOUR_HEADING}
          ids={behaviourIds}
          chosen={behaviour}
          lookOf={lookOf}
          nameOf={(label) => t('link.chooseBehaviour', { behaviour: label })}
          onChoose={(id) => setBehaviour(id === behaviour ? null : id)}
        />
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={!feeling || !behaviour}
        onClick={link}
      >
        {t('link.link')}
      </button>
    </section>
  );
}

interface ChoiceRowProps {
  readonly labelledBy: string;
  readonly ids: readonly string[];
  readonly chosen: string | null;
  readonly lookOf: LookOf;
  /** "I felt angry": the picture's word inside a name that differs from the feeling grid's. */
  readonly nameOf: (label: string) => string;
  readonly onChoose: (id: string) => void;
}

function ChoiceRow({ labelledBy, ids, chosen, lookOf, nameOf, onChoose }: ChoiceRowProps) {
  return (
    <ul className="feelings__grid feelings__grid--small" aria-labelledby={labelledBy}>
      {ids.map((id) => {
        const look = lookOf(id);
        return (
          <li key={id}>
            <button
              type="button"
              className="choice-tick feelings__card"
              aria-pressed={id === chosen}
              aria-label={nameOf(look.label)}
              onClick={() => onChoose(id)}
            >
              <ImagePicture {...look} size="small" />
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function LinkList({ links, lookOf, onUnlink }: FeelingLinksProps) {
  const { t } = useTranslation('feelings');
  if (links.length === 0) return null;
  return (
    <ul className="feelings__link-list" aria-label={t('link.listLabel')}>
      {links.map((l) => {
        const words = {
          feeling: lookOf(l.feelingCardId).label,
          behaviour: lookOf(l.behaviourCardId).label,
        };
        return (
          <li key={l.id} className="feelings__link">
            {/* The sentence says it in words; the pictures would only repeat them. */}
            <span className="feelings__link-pictures" aria-hidden="true">
              <ImagePicture {...lookOf(l.feelingCardId)} size="small" />
              <ImagePicture {...lookOf(l.behaviourCardId)} size="small" />
            </span>
            <p className="feelings__sentence">{t('link.sentence', words)}</p>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('link.removeLabel', words)}
              onClick={() => onUnlink(l.id, t('link.removed'))}
            >
              {t('link.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
