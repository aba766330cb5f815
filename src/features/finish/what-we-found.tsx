/**
 * The rest of the story on Finish, after the steps: "I felt … so I …", who was affected and how
 * they felt, and the things that help as pictures ("We will try: …"). The same sentences are read
 * aloud (`foundSentences`), in the person's language.
 */
import type { TFunction } from 'i18next';
import { useContentTranslation } from '../../i18n/content-language';
import { PERSON_SYMBOL } from '../../domain/personal-cards';
import type { SessionSummary, SummaryAffected, SummaryLink } from '../../domain/summary';
import type { ImageSource, Person } from '../../domain/types';
import { ImagePicture } from '../../ui/image-picture';
import type { LookOf } from './card-look';

type Translate = TFunction<'finish'>;

function affectedSentence(t: Translate, who: string | null, feeling: string | null): string {
  const name = who ?? t('story.missingPicture');
  return feeling === null
    ? t('found.affected', { who: name })
    : t('found.felt', { who: name, feeling });
}

/**
 * "I felt angry so I pushed.", with what the person did in the past tense; a link an older
 * version made to a picture that is no action reads "I felt sad: dining hall." instead.
 */
function linkSentence(t: Translate, link: SummaryLink, missing: string): string {
  const feeling = link.feeling.label ?? missing;
  return link.did
    ? t('found.link', { feeling, behaviour: link.did })
    : t('found.linkTo', { feeling, behaviour: link.behaviour.label ?? missing });
}

/** What "What we found" says, as sentences to read aloud after the story. */
export function foundSentences(summary: SessionSummary, t: Translate, missing: string): string[] {
  const links = summary.links.map((link) => linkSentence(t, link, missing));
  const affected = summary.affected.map((a) =>
    affectedSentence(t, a.kind === 'self' ? t('found.me') : a.who, a.feeling?.label ?? null),
  );
  const strategies = summary.strategies.map((s) => s.label ?? missing);
  const tryThese =
    strategies.length === 0 ? [] : [t('found.willTry', { list: strategies.join(', ') })];
  return [...links, ...affected, ...tryThese];
}

const PERSON_PICTURE: ImageSource = { kind: 'symbol', symbol: PERSON_SYMBOL };

/** Who was affected, as a picture: the person's own photo, the card chosen, or a person. */
function whoImage(a: SummaryAffected, person: Person | null, lookOf: LookOf): ImageSource | null {
  if (a.kind === 'self') return person?.picture ?? PERSON_PICTURE;
  if (a.kind === 'named' || a.whoCardId === null) return PERSON_PICTURE;
  return lookOf({ cardId: a.whoCardId, label: a.who, isMissing: a.isMissing }).image;
}

export interface WhatWeFoundProps {
  readonly summary: SessionSummary;
  readonly person: Person | null;
  readonly lookOf: LookOf;
  readonly language: string;
}

export function WhatWeFound({ summary, person, lookOf, language }: WhatWeFoundProps) {
  const { t } = useContentTranslation('finish');
  const missing = t('story.missingPicture');
  const strategies = summary.strategies.map((s) => {
    const calming = person?.calming.find((c) => c.id === s.id);
    const image: ImageSource | null =
      s.source === 'calming'
        ? (calming?.image ?? null)
        : lookOf({ cardId: s.id, label: s.label, isMissing: s.isMissing }).image;
    return { id: s.id, label: s.label ?? missing, image };
  });
  if (summary.links.length + summary.affected.length + strategies.length === 0) return null;
  return (
    <section className="finish__found" aria-labelledby="finish-found-heading" lang={language}>
      <h2 id="finish-found-heading">{t('found.heading')}</h2>
      {summary.links.length > 0 ? (
        <ul className="finish__links">
          {summary.links.map((link) => (
            <li key={link.id}>{linkSentence(t, link, missing)}</li>
          ))}
        </ul>
      ) : null}
      {summary.affected.length > 0 ? (
        <ul className="finish__affected">
          {summary.affected.map((a) => {
            const who = a.kind === 'self' ? t('found.me') : a.who;
            return (
              <li key={a.id}>
                {/* The sentence says it; the pictures show it, so they are not read twice. */}
                <span className="finish__affected-pictures" aria-hidden="true">
                  <ImagePicture
                    label={who ?? missing}
                    image={whoImage(a, person, lookOf)}
                    size="small"
                  />
                  {a.feeling ? (
                    <ImagePicture
                      label={a.feeling.label ?? missing}
                      image={lookOf(a.feeling).image}
                      size="small"
                    />
                  ) : null}
                </span>
                <span>{affectedSentence(t, who, a.feeling?.label ?? null)}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {strategies.length > 0 ? (
        <>
          <h3>{t('found.willTryHeading')}</h3>
          <ul className="finish__strategies" aria-label={t('found.willTryHeading')}>
            {strategies.map((s) => (
              <li key={s.id}>
                <ImagePicture label={s.label} image={s.image} size="small" />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
