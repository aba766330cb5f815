/**
 * What the tablet shows in a meeting together: what each person agreed to share, in pictures and
 * words, and what everyone agrees together (meeting-screen.tsx composes it).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { answerTo } from '../domain/answers';
import {
  agreeableCards,
  meetingOf,
  meetingWith,
  sharedItems,
  type Participant,
} from '../domain/meeting';
import { buildSummary } from '../domain/summary';
import type { Conversation, HarmedQuestion, Person, ShareItem } from '../domain/types';
import { useLookOf } from '../features/finish/card-look';
import { StoryInPictures } from '../features/finish/story-in-pictures';
import '../features/finish/finish.css';
import { AgreeTogether } from '../features/meeting/agree-together';
import { SharedPictures } from '../features/meeting/shared-pictures';
import { useCardLooks, useLibrary, type Library } from '../storage/use-library';
import type { PictureChoice } from '../ui/picture-choices';
import { useStoryLibrary } from './use-story-library';

const ANSWER_ITEMS = [
  'thought',
  'impact',
  'hardest',
  'make-right',
] as const satisfies readonly (ShareItem & HarmedQuestion)[];

function usePictures(library: Library, language: string) {
  const { t } = useTranslation();
  const looks = useCardLooks(library, language, t('story.missingPicture'));
  return (cardIds: readonly string[]): PictureChoice[] =>
    cardIds.map((id) => ({ id, ...looks(id) }));
}

interface SharedByProps {
  readonly name: string;
  readonly talk: Conversation | null;
  readonly person: Person;
}

/** What one person shared in the meeting: only the items they agreed to, in pictures and words. */
function SharedBy({ name, talk, person }: SharedByProps) {
  const { t } = useTranslation('incident');
  const library = useStoryLibrary(talk, person);
  if (library === undefined) return null;
  const items = talk ? sharedItems(talk) : [];
  const headingId = `shared-${talk?.id ?? name}`;
  return (
    <section className="panel meeting__shared" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meeting.shared.heading', { name })}</h3>
      {talk && items.length > 0 ? (
        <SharedItems name={name} talk={talk} person={person} items={items} library={library} />
      ) : (
        <p>{t('meeting.shared.nothing', { name })}</p>
      )}
    </section>
  );
}

interface SharedItemsProps extends SharedByProps {
  readonly talk: Conversation;
  readonly items: readonly ShareItem[];
  readonly library: Library;
}

function SharedItems({ name, talk, person, items, library }: SharedItemsProps) {
  const { t } = useTranslation('incident');
  const { t: tc } = useTranslation();
  const language = person.language;
  const lookOf = useLookOf(library, language, tc('story.missingPicture'));
  const pictures = usePictures(library, language);
  const summary = useMemo(
    () => buildSummary({ conversation: talk, person, cards: library.cards, language }),
    [talk, person, library.cards, language],
  );
  const isStory = items.includes('story');
  const isFeelings = items.includes('feelings');
  const steps = isFeelings ? summary.story : summary.story.map((s) => ({ ...s, feelings: [] }));
  return (
    <>
      {isStory || isFeelings ? (
        <div className="meeting__item">
          <h4>{t(isStory ? 'meeting.shared.story' : 'meeting.shared.feelings', { name })}</h4>
          <StoryInPictures
            steps={steps}
            lookOf={lookOf}
            language={language}
            isFeelingsOnly={!isStory}
          />
        </div>
      ) : null}
      {ANSWER_ITEMS.filter((item) => items.includes(item)).map((item) => {
        const answer = answerTo(talk, item);
        return (
          <SharedPictures
            key={item}
            heading={t(`meeting.shared.${item}`, { name })}
            pictures={pictures(answer.cardIds)}
            words={answer.text.trim()}
            language={language}
          />
        );
      })}
      {items.includes('repairs') ? (
        <SharedPictures
          heading={t('meeting.shared.repairs', { name })}
          pictures={pictures(talk.repairs ?? [])}
          words=""
          language={language}
        />
      ) : null}
    </>
  );
}

interface InMeetingProps {
  readonly meeting: Conversation;
  readonly participants: readonly Participant[];
  readonly nameOf: (p: Participant) => string;
  readonly person: Person;
  readonly onAgree: (cardId: string) => void;
}

export function InMeeting({ meeting, participants, nameOf, person, onAgree }: InMeetingProps) {
  const { t } = useTranslation('incident');
  const library = useLibrary(person.language);
  if (library === undefined) return null;
  return (
    <>
      <h2>{t('meeting.inMeeting')}</h2>
      {meetingWith(meeting, participants).map((p) => (
        <SharedBy key={p.key} name={nameOf(p)} talk={p.talk} person={person} />
      ))}
      <Agreeing
        meeting={meeting}
        participants={participants}
        library={library}
        language={person.language}
        onAgree={onAgree}
      />
    </>
  );
}

interface AgreeingProps {
  readonly meeting: Conversation;
  readonly participants: readonly Participant[];
  readonly library: Library;
  readonly language: string;
  readonly onAgree: (cardId: string) => void;
}

function Agreeing({ meeting, participants, library, language, onAgree }: AgreeingProps) {
  const pictures = usePictures(library, language);
  const agreed = meetingOf(meeting).agreed;
  // What was agreed stays offered even if someone later stops sharing where it came from.
  const offered = [...new Set([...agreeableCards(meeting, participants), ...agreed])];
  return (
    <AgreeTogether
      choices={pictures(offered)}
      agreed={agreed}
      language={language}
      onToggle={onAgree}
    />
  );
}

interface AgreedTogetherProps {
  readonly agreed: readonly string[];
  readonly library: Library;
  readonly language: string;
}

export function AgreedTogether({ agreed, library, language }: AgreedTogetherProps) {
  const { t } = useTranslation('incident');
  const pictures = usePictures(library, language);
  return (
    <section className="panel meeting__shared" aria-labelledby="meeting-agreed-heading">
      <h2 id="meeting-agreed-heading">{t('meeting.agreedHeading')}</h2>
      {agreed.length === 0 ? (
        <p>{t('meeting.agreedNone')}</p>
      ) : (
        <SharedPictures
          heading={t('meeting.agreedHeading')}
          pictures={pictures(agreed)}
          words=""
          language={language}
          isHeadingHidden
        />
      )}
    </section>
  );
}
