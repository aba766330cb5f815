import { useId } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import type { FeelingLink as Link } from '../../domain/types';
import { ImagePicture } from '../../ui/image-picture';
import type { LookOf } from './card-look';
import type { StepAction } from './feeling-choices';

export interface FeelingLinkProps {
  readonly links: readonly Link[];
  readonly feelingCardId: string;
  /** The feeling's word, in the person's language. */
  readonly word: string;
  /** The actions placed in this step, each with its words in the past tense. */
  readonly actions: readonly StepAction[];
  readonly lookOf: LookOf;
  readonly onLink: (feelingCardId: string, actionCardId: string, message: string) => void;
  readonly onUnlink: (linkId: string, message: string) => void;
}

/**
 * "I felt angry so I …": the actions placed in this step as picture cards with their words in the
 * past tense ("pushed"), so the heading and a card read as one sentence. A tap links the two, a
 * second tap takes the link out; each link is then said as a whole sentence.
 */
export function FeelingLink(props: FeelingLinkProps) {
  const { links, feelingCardId, word, actions, lookOf, onLink, onUnlink } = props;
  const { t } = useContentTranslation('feelings');
  const headingId = useId();
  const linkOf = (actionCardId: string) =>
    links.find((l) => l.feelingCardId === feelingCardId && l.behaviourCardId === actionCardId);
  const linked = actions.filter((a) => linkOf(a.cardId));
  const sentence = (did: string) => t('link.sentence', { feeling: word, behaviour: did });
  return (
    <section className="feelings__link" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('link.heading', { feeling: word })}</h3>
      <ul data-scan-group="" className="feelings__grid" aria-labelledby={headingId}>
        {actions.map(({ cardId, did }) => {
          const link = linkOf(cardId);
          return (
            <li key={cardId}>
              <button
                type="button"
                className="choice-tick feelings__card"
                aria-pressed={link !== undefined}
                onClick={() =>
                  link
                    ? onUnlink(link.id, t('link.unlinked', { feeling: word, behaviour: did }))
                    : onLink(feelingCardId, cardId, sentence(did))
                }
              >
                <ImagePicture {...lookOf(cardId)} label={did} size="small" />
              </button>
            </li>
          );
        })}
      </ul>
      {linked.length > 0 ? (
        <ul className="feelings__sentences" aria-label={t('link.listLabel')}>
          {linked.map(({ cardId, did }) => (
            <li key={cardId} className="feelings__sentence" dir="auto">
              {sentence(did)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
