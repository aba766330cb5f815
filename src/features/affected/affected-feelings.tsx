import { useId } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import type { AffectedPerson } from '../../domain/types';
import { whoKey } from './candidates';
import { ImagePicture } from '../../ui/image-picture';
import type { CardLookOf, WhoLookOf } from './who-look';

export interface AffectedFeelingsProps {
  readonly affected: readonly AffectedPerson[];
  readonly feelingIds: readonly string[];
  readonly whoLook: WhoLookOf;
  readonly cardLook: CardLookOf;
  /** Called with the card tapped; the step decides that tapping the chosen one clears it. */
  readonly onChoose: (affectedId: string, cardId: string) => void;
}

/** For each marked person: "How did … feel? What do you think?" and the feeling cards. */
export function AffectedFeelings(props: AffectedFeelingsProps) {
  const { affected, ...rest } = props;
  const { t } = useContentTranslation('affected');
  if (affected.length === 0) return null;
  return (
    <section className="affected__block" aria-labelledby="affected-feelings-heading">
      <h2 id="affected-feelings-heading">{t('feelings.heading')}</h2>
      <ul className="affected__rows">
        {affected.map((person) => (
          <li key={whoKey(person.who)} className="affected__row">
            <FeelingRow person={person} {...rest} />
          </li>
        ))}
      </ul>
    </section>
  );
}

type RowProps = Omit<AffectedFeelingsProps, 'affected'> & { readonly person: AffectedPerson };

function FeelingRow({ person, feelingIds, whoLook, cardLook, onChoose }: RowProps) {
  const { t } = useContentTranslation('affected');
  const headingId = useId();
  const look = whoLook(person.who);
  const chosen = person.feelingCardId;
  const question =
    person.who.kind === 'self' ? t('feelings.self') : t('feelings.other', { name: look.label });
  return (
    <>
      <div className="affected__row-head">
        <ImagePicture {...look} size="small" />
        <h3 id={headingId}>{question}</h3>
        <p className="affected__chosen">
          {chosen
            ? t('feelings.chosen', {
                name: look.label,
                feeling: cardLook(chosen).label,
              })
            : t('feelings.notChosen')}
        </p>
      </div>
      {feelingIds.length === 0 ? (
        <p className="affected__hint">{t('feelings.none')}</p>
      ) : (
        <div role="group" aria-labelledby={headingId}>
          <ul className="affected__feelings">
            {feelingIds.map((cardId) => (
              <li key={cardId}>
                <button
                  type="button"
                  className="choice-toggle affected__toggle affected__toggle--feeling"
                  aria-pressed={cardId === chosen}
                  onClick={() => onChoose(person.id, cardId)}
                >
                  <ImagePicture {...cardLook(cardId)} size="small" />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
