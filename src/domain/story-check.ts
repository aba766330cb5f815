/**
 * The criteria check of a social story (issue 12), after the published criteria (10.2): friendly
 * advice, never a block. It looks for
 * - more describing than coaching: the describing sentences (descriptive, perspective,
 *   affirmative) at least twice the coaching ones (of the reader, by others, self-coaching);
 *   a story with no coaching sentence is fine;
 * - a title, an introduction, a body and a conclusion;
 * - positive, patient words: no blame words, and no "must", "never" or "always" said to or of
 *   the reader;
 * - a page without a picture, and a very long sentence.
 * Older names of the coaching sentences (directive, co-operative, control) count as coaching.
 * The words to look for are the language's (story-check-words.ts).
 */
import { OLDER_SENTENCE_TYPES, STORY_PARTS } from './record-values';
import { checkWordsFor } from './story-check-words';
import type { OlderSentenceType, SentenceType, StoryPage, StoryPart } from './types';

/** More words than this in one sentence is hard to take in. */
export const LONG_SENTENCE_WORDS = 20;

export type StoryAdvice =
  | { readonly kind: 'ratio'; readonly describing: number; readonly coaching: number }
  | { readonly kind: 'no-title' }
  | { readonly kind: 'missing-part'; readonly part: StoryPart }
  | {
      readonly kind: 'word';
      readonly page: number;
      readonly sentenceId: string;
      readonly word: string;
      /** "must", "never", "always" (true), or a blame word (false). */
      readonly isAbsolute: boolean;
    }
  | { readonly kind: 'no-picture'; readonly page: number }
  | {
      readonly kind: 'long-sentence';
      readonly page: number;
      readonly sentenceId: string;
      readonly words: number;
    };

/** A sentence type by today's name. */
export function sentenceTypeOf(type: SentenceType | OlderSentenceType): SentenceType {
  return type in OLDER_SENTENCE_TYPES
    ? OLDER_SENTENCE_TYPES[type as OlderSentenceType]
    : (type as SentenceType);
}

export function isCoaching(type: SentenceType | OlderSentenceType): boolean {
  const today = sentenceTypeOf(type);
  return today === 'coaching' || today === 'coaching-others' || today === 'self-coaching';
}

export interface SentenceCounts {
  readonly describing: number;
  readonly coaching: number;
}

export function sentenceCounts(pages: readonly Pick<StoryPage, 'sentences'>[]): SentenceCounts {
  const sentences = pages.flatMap((p) => p.sentences).filter((s) => s.words.trim() !== '');
  const coaching = sentences.filter((s) => isCoaching(s.type)).length;
  return { describing: sentences.length - coaching, coaching };
}

/** The words of a sentence, lower case, letters and apostrophes kept. */
function wordsOf(text: string, language: string): string[] {
  return text.toLocaleLowerCase(language).match(/[\p{L}\p{M}'’-]+/gu) ?? [];
}

export interface CheckedStory {
  readonly title: string;
  readonly pages: readonly StoryPage[];
}

export function checkStory(
  story: CheckedStory,
  language: string,
  /** The reader's name: "must" of them is aimed at them too. */
  name: string,
): StoryAdvice[] {
  const advice: StoryAdvice[] = [];
  const words = checkWordsFor(language);
  const counts = sentenceCounts(story.pages);
  if (counts.coaching > 0 && counts.describing < 2 * counts.coaching)
    advice.push({ kind: 'ratio', ...counts });
  if (story.title.trim() === '') advice.push({ kind: 'no-title' });
  for (const part of STORY_PARTS) {
    const hasPart = story.pages.some(
      (p) => p.part === part && p.sentences.some((s) => s.words.trim() !== ''),
    );
    if (!hasPart) advice.push({ kind: 'missing-part', part });
  }
  const blame = new Set(words.blame);
  const absolute = new Set(words.absolute);
  const reader = new Set([...words.reader, ...wordsOf(name, language)]);
  story.pages.forEach((page, index) => {
    if (page.picture === null) advice.push({ kind: 'no-picture', page: index });
    for (const sentence of page.sentences) {
      const said = wordsOf(sentence.words, language);
      const isToReader = said.some((w) => reader.has(w));
      for (const word of new Set(said)) {
        if (blame.has(word))
          advice.push({
            kind: 'word',
            page: index,
            sentenceId: sentence.id,
            word,
            isAbsolute: false,
          });
        else if (absolute.has(word) && isToReader)
          advice.push({
            kind: 'word',
            page: index,
            sentenceId: sentence.id,
            word,
            isAbsolute: true,
          });
      }
      if (said.length > LONG_SENTENCE_WORDS)
        advice.push({
          kind: 'long-sentence',
          page: index,
          sentenceId: sentence.id,
          words: said.length,
        });
    }
  });
  return advice;
}
