/**
 * The social story record (issue 12): one story for one person, made from a template (and
 * perhaps a conversation), edited by staff. The record holds the story as it stands and every
 * version saved (append-only, each a whole copy: a story is a few pages), so it can be read as it
 * was. A sentence keeps the template words it came from until staff change it, so the story can
 * be retold in the third person or another tense; what it was filled with is kept for the same
 * reason. Defined once for both readings of the record kit (record-kit.ts).
 */
import * as v from 'valibot';
import { recordId as id, stampText, time, type RecordKit } from './record-kit';
import {
  OLDER_SENTENCE_TYPES,
  SENTENCE_TYPES,
  STORY_PARTS,
  STORY_TENSES,
  STORY_VOICES,
} from './record-values';
import { TEXT_LIMITS as T } from './text-limits';

/** Most pages, sentences on a page and versions kept: far above a real story. */
export const STORY_LIMITS = { pages: 60, sentences: 20, versions: 2_000 } as const;

const ANY_SENTENCE_TYPE = [
  ...SENTENCE_TYPES,
  ...(Object.keys(OLDER_SENTENCE_TYPES) as (keyof typeof OLDER_SENTENCE_TYPES)[]),
] as const;

/** `imageSource` is the records' own picture source (record-schemas.ts), a symbol or stored bytes. */
export function defineStory<I extends v.GenericSchema>(k: RecordKit, imageSource: I) {
  const words = (max: number) => k.orEmpty(k.text(max), '');

  const storySentence = k.object({
    id,
    /** What the sentence does; older names (directive, co-operative, control) are read too. */
    type: k.orEmpty(v.picklist(ANY_SENTENCE_TYPE), 'descriptive'),
    words: words(T.storySentence),
    /** The template sentence it was filled from; null once staff changed its words. */
    templateKey: k.orNull(k.text(T.storyValue)),
  });

  const storyPage = k.object({
    id,
    part: k.orEmpty(v.picklist(STORY_PARTS), 'body'),
    picture: k.orNull(imageSource),
    sentences: k.list(storySentence, STORY_LIMITS.sentences),
  });

  /** What a placeholder was filled with: words, and a picture for the page that shows it. */
  const storyValue = k.object({ words: words(T.storyValue), picture: k.orNull(imageSource) });

  /** The story as staff see and print it: everything a version keeps. */
  const storyContent = {
    title: words(T.storyTitle),
    /** Whether the title still reads as the template's (so it follows the voice and tense). */
    isTitleFromTemplate: k.orEmpty(v.boolean(), false),
    voice: k.orEmpty(v.picklist(STORY_VOICES), 'first'),
    tense: k.orEmpty(v.picklist(STORY_TENSES), 'present'),
    /** It celebrates something the person does well (the criteria ask for at least half). */
    isCelebrating: k.orEmpty(v.boolean(), false),
    pages: k.list(storyPage, STORY_LIMITS.pages),
  };

  const storyVersion = k.object({
    id,
    /** 1 for the first version, then one more each time. */
    number: v.pipe(v.number(), v.integer(), v.minValue(1)),
    at: time,
    /** The unlocked staff name; empty when none was given. */
    actor: words(T.staffName),
    reason: words(T.storyReason),
    ...storyContent,
  });

  const story = k.object({
    id,
    /** Whose story it is: their page lists it, erasing them erases it. */
    personId: id,
    /** The finished conversation it was made from; null when made from a template alone. */
    conversationId: k.orNull(id),
    templateId: words(T.storyValue),
    /** The language its words are in: the person's, when it was made. */
    language: words(T.storyValue),
    values: k.keyed(storyValue),
    ...storyContent,
    versions: k.list(storyVersion, STORY_LIMITS.versions),
    createdAt: k.orEmpty(time, 0),
    updatedAt: k.orEmpty(time, 0),
    stamp: k.optional(stampText),
  });

  return { storySentence, storyPage, storyValue, storyVersion, story };
}
