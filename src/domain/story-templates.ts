/**
 * Social-story templates as data (issue 12). A template's shape is shared by every language
 * (`assets/stories/templates.json`): its pages, each page's part, picture and sentences, each
 * sentence's type. Its words are per language (`assets/stories/<language>.json`), written with
 * four kinds of marks that let one sentence be told in either voice, any tense and for a reader
 * of either grammatical gender:
 *
 * - `{feeling|upset}` — a value the story is filled with (STORY_VALUE_KEYS), and after the bar
 *   the calm, general words used when there is none, so a gap or a raw mark never shows;
 * - `<I>`, `<me>`, `<my>` — the reader: "I" in the first person, their name in the
 *   third (the language says how, e.g. "{name}'s"). A language may name more reader words
 *   (Spanish `<se>`: "me" / "se"); a form is joined to the word before it when written with no
 *   space there (Arabic `جسم<my>` → "جسمي" / "جسم {name}", the third form starting with a space);
 * - `[feel]` — a verb said of the reader, `[feel.it]` of one other thing, `[feel.they]` of
 *   several; the language's verb table gives each form in each tense. `[^feel]` stays in the
 *   present where the story is told in the future: English says "when I feel", not "when I will
 *   feel", and "it can be hard" of what is always so;
 * - `[[cansado|cansada]]` — words said of the reader that follow their grammatical gender:
 *   masculine, then feminine, then optionally the words used when it is not set
 *   (`[[cansado|cansada|cansado/a]]`); without them, both forms ("cansado/cansada").
 *
 * Any verb form and any reader word may likewise be given by gender, as
 * `{ "feminine": "czułam", "masculine": "czułem", "neutral": "czułem/czułam" }`: the reader's
 * gender (`Telling.gender`) picks one, and `neutral` is used when it is not set. Said of another
 * thing (`.it`, `.they`) a verb is not the reader's, and a form given by gender is taken in the
 * masculine, the grammatical default for a thing or a group; a thing of another gender has a
 * verb of its own in the language's table (Polish `be_f`: "była"). English needs none of this.
 *
 * Both files are checked here when read, so a broken translation shows as a clear error in a
 * test, never as a half-made story.
 */
import * as v from 'valibot';
import {
  OLDER_SENTENCE_TYPES,
  SENTENCE_TYPES,
  STORY_PARTS,
  type GrammaticalGender,
  type OlderSentenceType,
  type StoryTense,
  type StoryVoice,
} from './record-values';

/** A sentence's type in a template: today's names, or the older ones (story-check.ts). */
const ANY_SENTENCE_TYPE = [
  ...SENTENCE_TYPES,
  ...(Object.keys(OLDER_SENTENCE_TYPES) as OlderSentenceType[]),
] as const;

/** What a story can be filled with, from the person and the conversation. */
export const STORY_VALUE_KEYS = [
  'name',
  'feeling',
  'trigger',
  'strategy',
  'helper',
  'place',
  'activity',
  'repair',
] as const;
export type StoryValueKey = (typeof STORY_VALUE_KEYS)[number];

const VOICE_WORDS = ['I', 'me', 'my'] as const;

/** An OpenMoji hexcode ("1F620", "1F9D1-200D-1F3EB"). */
const symbolCode = v.pipe(v.string(), v.regex(/^[0-9A-F]{2,6}(?:-[0-9A-F]{2,6})*$/));

const templatePicture = v.object({
  /** The value whose picture the page shows when it has one (the feeling chosen, a photo…). */
  value: v.optional(v.picklist(STORY_VALUE_KEYS)),
  /** The bundled symbol shown otherwise. */
  symbol: symbolCode,
});

const templatePage = v.object({
  part: v.picklist(STORY_PARTS),
  picture: templatePicture,
  /** Made from a conversation, this page becomes one page per story step, with its picture. */
  isEachStoryStep: v.optional(v.boolean()),
  sentences: v.array(v.object({ key: v.string(), type: v.picklist(ANY_SENTENCE_TYPE) })),
});

const ids = v.optional(v.array(v.string()));

const storyTemplate = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  isCelebrating: v.boolean(),
  /**
   * The picture beside its title where staff choose a story: it means what the title says ("When
   * I feel angry": an angry face), as a page's own picture may stand for the reader instead.
   */
  cover: symbolCode,
  /** What in a conversation makes this template fit it (card ids; any repair chosen). */
  fits: v.object({
    feelings: ids,
    strategies: ids,
    needs: ids,
    cards: ids,
    repairs: v.optional(v.boolean()),
  }),
  pages: v.pipe(v.array(templatePage), v.minLength(1)),
});

export const STORY_TEMPLATES_SCHEMA = v.object({
  formatVersion: v.literal(1),
  templates: v.pipe(v.array(storyTemplate), v.minLength(1)),
});

/** A word that may follow the reader's grammatical gender; `neutral` when none is set. */
const form = v.union([
  v.string(),
  v.object({ feminine: v.string(), masculine: v.string(), neutral: v.string() }),
]);
export type StoryForm = v.InferOutput<typeof form>;

const threeForms = v.tuple([form, form, form]);

export const STORY_WORDS_SCHEMA = v.object({
  formatVersion: v.literal(1),
  language: v.string(),
  /** Each reader word in the first person and the third (`{name}` is the person's name). */
  voice: v.pipe(
    v.record(v.string(), v.tuple([form, form])),
    v.check((voice) => VOICE_WORDS.every((w) => w in voice), 'A reader word has no forms'),
  ),
  /** Each verb in each tense: said of the reader, of one other thing, of several. */
  verbs: v.record(
    v.string(),
    v.object({ present: threeForms, past: threeForms, future: threeForms }),
  ),
  templates: v.record(
    v.string(),
    v.object({ title: v.string(), sentences: v.record(v.string(), v.string()) }),
  ),
});

export type StoryTemplates = v.InferOutput<typeof STORY_TEMPLATES_SCHEMA>;
export type StoryTemplate = StoryTemplates['templates'][number];
export type TemplatePage = StoryTemplate['pages'][number];
export type StoryWords = v.InferOutput<typeof STORY_WORDS_SCHEMA>;

/** The two files, read and checked; throws with the first problem when one is not right. */
export function readStoryTemplates(shape: unknown, words: unknown): StoryTemplateSet {
  return {
    templates: v.parse(STORY_TEMPLATES_SCHEMA, shape).templates,
    words: v.parse(STORY_WORDS_SCHEMA, words),
  };
}

export interface StoryTemplateSet {
  readonly templates: readonly StoryTemplate[];
  readonly words: StoryWords;
}

/** How a story is being told: whose voice, which tense, filled with what. */
export interface Telling {
  readonly voice: StoryVoice;
  readonly tense: StoryTense;
  /** The reader's grammatical gender, where the language has words for it; undefined: not set. */
  readonly gender?: GrammaticalGender | undefined;
  /** Filled values by key; a missing or empty one takes the template's own words. */
  readonly values: Readonly<Partial<Record<string, { readonly words: string }>>>;
}

const MARK =
  /\[\[([^[\]|]*)\|([^[\]|]*)(?:\|([^[\]|]*))?\]\]|\{(\w+)(?:\|([^{}]*))?\}|<(\w+)>|\[(\^?)(\w+)(?:\.(it|they))?\]/gu;

const SUBJECTS = { reader: 0, it: 1, they: 2 } as const;

/** The form for this gender: a plain form is the same for all; `neutral` when none is set. */
export function formFor(form: StoryForm, gender: GrammaticalGender | undefined): string {
  if (typeof form === 'string') return form;
  return gender === undefined ? form.neutral : form[gender];
}

function told(text: string, words: StoryWords, telling: Telling): string {
  const name = telling.values['name']?.words.trim() ?? '';
  const isFirst = telling.voice === 'first' || name === '';
  return text.replace(
    MARK,
    (
      whole,
      masculine?: string,
      feminine?: string,
      neutral?: string,
      key?: string,
      fallback?: string,
      reader?: string,
      staysPresent?: string,
      verb?: string,
      subject?: string,
    ) => {
      if (masculine !== undefined && feminine !== undefined) {
        return formFor(
          { masculine, feminine, neutral: neutral ?? `${masculine}/${feminine}` },
          telling.gender,
        );
      }
      if (key !== undefined) {
        const value = telling.values[key]?.words.trim() ?? '';
        // A value is the person's words: used as they are, never read for marks.
        return value !== '' ? value : told(fallback ?? '', words, telling);
      }
      if (reader !== undefined) {
        const forms = words.voice[reader];
        if (!forms) return whole;
        return formFor(isFirst ? forms[0] : forms[1], telling.gender).replace('{name}', name);
      }
      const forms = words.verbs[verb ?? ''];
      if (!forms) return verb ?? whole;
      const isOther = subject === 'it' || subject === 'they';
      const who = isOther ? SUBJECTS[subject] : isFirst ? SUBJECTS.reader : SUBJECTS.it;
      const tense = staysPresent && telling.tense === 'future' ? 'present' : telling.tense;
      // Said of another thing, a form by gender is not the reader's: the masculine (see above).
      return formFor(forms[tense][who], isOther ? 'masculine' : telling.gender);
    },
  );
}

/**
 * One template text told: marks filled, each sentence starting with a capital. A sentence may
 * begin with a mark whose words are lower case (Welsh "dw i'n", a Polish verb with no "I").
 */
export function tellText(text: string, words: StoryWords, telling: Telling): string {
  const result = told(text, words, telling).replace(/\s+/gu, ' ').trim();
  return result.replace(/(^|[.!?] )(\p{Ll})/gu, (_whole, before: string, letter: string) => {
    return before + letter.toLocaleUpperCase(words.language);
  });
}

export function templateById(set: StoryTemplateSet, id: string): StoryTemplate | undefined {
  return set.templates.find((t) => t.id === id);
}

/** A template's title, told. */
export function templateTitle(set: StoryTemplateSet, id: string, telling: Telling): string {
  const text = set.words.templates[id]?.title;
  return text === undefined ? '' : tellText(text, set.words, telling);
}

/** A template sentence, told; null when the language has no such sentence. */
export function templateSentence(
  set: StoryTemplateSet,
  templateId: string,
  key: string,
  telling: Telling,
): string | null {
  const text = set.words.templates[templateId]?.sentences[key];
  return text === undefined ? null : tellText(text, set.words, telling);
}
