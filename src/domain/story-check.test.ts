import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makePerson } from './records';
import { retell, storyFromTemplate, valuesOfPerson } from './story';
import { checkStory, sentenceCounts } from './story-check';
import { checkWordsFor } from './story-check-words';
import { readJson, shippedStoryTemplates } from './story-test-templates';
import { STORY_VALUE_KEYS, readStoryTemplates } from './story-templates';
import type { SentenceType, StoryPage, OlderSentenceType, StoryValue } from './types';

const set = shippedStoryTemplates();

function page(
  part: StoryPage['part'],
  sentences: [SentenceType | OlderSentenceType, string][],
  picture: StoryPage['picture'] = { kind: 'symbol', symbol: '263A' },
): StoryPage {
  return {
    id: `p-${part}-${sentences.length}`,
    part,
    picture,
    sentences: sentences.map(([type, w], i) => ({
      id: `s${i}`,
      type,
      words: w,
      templateKey: null,
    })),
  };
}

const kinds = (advice: ReturnType<typeof checkStory>) => advice.map((a) => a.kind);

describe('the criteria check', () => {
  it('passes a story of only descriptive sentences with every part', () => {
    const story = {
      title: 'Lunch time',
      pages: [
        page('introduction', [['descriptive', 'Lunch is at twelve.']]),
        page('body', [['descriptive', 'The dining hall can be busy.']]),
        page('conclusion', [['descriptive', 'After lunch there is a break.']]),
      ],
    };
    expect(checkStory(story, 'en', 'Sam')).toEqual([]);
  });

  it('warns when four coaching sentences meet one descriptive one', () => {
    const story = {
      title: 'Lunch time',
      pages: [
        page('introduction', [['descriptive', 'Lunch is at twelve.']]),
        page('body', [
          ['coaching', 'I can sit at the table.'],
          ['coaching-others', 'Staff can help me choose.'],
          ['self-coaching', 'I can remember to wait.'],
        ]),
        page('conclusion', [['coaching', 'I can put my tray away.']]),
      ],
    };
    expect(checkStory(story, 'en', 'Sam')).toEqual([{ kind: 'ratio', describing: 1, coaching: 4 }]);
  });

  it('counts the older names of coaching sentences as coaching', () => {
    const pages = [
      page('body', [
        ['directive', 'I can sit down.'],
        ['co-operative', 'Staff will help me.'],
        ['control', 'I can think of a quiet lake.'],
        ['descriptive', 'The room is big.'],
      ]),
    ];
    expect(sentenceCounts(pages)).toEqual({ describing: 1, coaching: 3 });
  });

  it('warns about a judgemental word, and "must" said to the reader', () => {
    const story = {
      title: 'Lunch',
      pages: [
        page('introduction', [['descriptive', 'Shouting at lunch is naughty.']]),
        page('body', [
          ['descriptive', 'Sam must never shout.'],
          ['descriptive', 'The bus always comes at three.'],
        ]),
        page('conclusion', [['affirmative', 'That is okay.']]),
      ],
    };
    const advice = checkStory(story, 'en', 'Sam');
    expect(advice.filter((a) => a.kind === 'word')).toEqual([
      { kind: 'word', page: 0, sentenceId: 's0', word: 'naughty', isAbsolute: false },
      { kind: 'word', page: 1, sentenceId: 's0', word: 'must', isAbsolute: true },
      { kind: 'word', page: 1, sentenceId: 's0', word: 'never', isAbsolute: true },
    ]);
  });

  it('finds a missing title and part, a page without a picture and a very long sentence', () => {
    const long =
      'The bus comes to the front of the big red building at three and then it drives all the way home past the park and the shops.';
    const story = {
      title: ' ',
      pages: [page('body', [['descriptive', long]], null)],
    };
    expect(kinds(checkStory(story, 'en', 'Sam'))).toEqual([
      'no-title',
      'missing-part',
      'missing-part',
      'no-picture',
      'long-sentence',
    ]);
  });

  it('finds nothing to advise in any shipped template, in any voice or tense', () => {
    const person = makePerson('p1', 'Sam', 'en', 1);
    let n = 0;
    for (const template of set.templates) {
      const story = storyFromTemplate(set, template, valuesOfPerson(person), {
        id: 's',
        personId: 'p1',
        conversationId: null,
        language: 'en',
        at: 1,
        newId: () => `id-${(n += 1)}`,
      });
      for (const voice of ['first', 'third'] as const)
        for (const tense of ['present', 'past', 'future'] as const)
          expect(
            checkStory(retell(set, story, story, voice, tense), 'en', 'Sam'),
            template.id,
          ).toEqual([]);
    }
  });
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets');

describe('the shipped templates', () => {
  it('are at least eight, two or more celebrating, covering the situations staff asked for', () => {
    expect(set.templates.length).toBeGreaterThanOrEqual(10);
    expect(set.templates.filter((t) => t.isCelebrating).length).toBeGreaterThanOrEqual(2);
    expect(set.templates.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'angry',
        'loud',
        'break',
        'making-right',
        'plans-change',
        'waiting',
        'calm-space',
        'talking',
      ]),
    );
  });

  it('have words for every sentence in every language, and no words without a sentence', () => {
    const languages = readdirSync(join(root, 'stories')).filter((f) => f !== 'templates.json');
    expect(languages).toContain('en.json');
    for (const file of languages) {
      const { words: w } = readStoryTemplates(readJson('templates.json'), readJson(file));
      for (const template of set.templates) {
        const keys = template.pages.flatMap((p) => p.sentences.map((s) => s.key)).sort();
        expect(Object.keys(w.templates[template.id]?.sentences ?? {}).sort(), file).toEqual(keys);
        expect(w.templates[template.id]?.title, file).toBeTruthy();
      }
      expect(Object.keys(w.templates).sort()).toEqual(set.templates.map((t) => t.id).sort());
    }
  });

  it('each have a cover of their own, never the picture that stands for the reader', () => {
    const covers = set.templates.map((t) => t.cover);
    expect(new Set(covers).size).toBe(covers.length);
    const readerPictures = new Set(
      set.templates.flatMap((t) =>
        t.pages.filter((p) => p.picture.value === 'name').map((p) => p.picture.symbol),
      ),
    );
    expect(covers.filter((cover) => readerPictures.has(cover))).toEqual([]);
  });

  it('show only pictures the build bundles', () => {
    const starter = join(root, 'starter');
    const shipped = new Set(
      readdirSync(starter)
        .filter((f) => f.endsWith('.json'))
        .flatMap(
          (f) =>
            (JSON.parse(readFileSync(join(starter, f), 'utf8')) as { cards: { symbol: string }[] })
              .cards,
        )
        .map((c) => c.symbol),
    );
    const used = set.templates.flatMap((t) => [t.cover, ...t.pages.map((p) => p.picture.symbol)]);
    expect(used.filter((s) => !shipped.has(s))).toEqual([]);
  });
});

/** The languages with words of their own besides English, a reader's name in each, and a few
 * words a story must never use there (the criteria check listens for more). */
const LANGUAGES = {
  es: { name: 'Lucía', judgemental: ['malo', 'mala', 'travieso', 'culpa', 'castigo', 'castigar'] },
  pl: { name: 'Ania', judgemental: ['niegrzeczny', 'niegrzeczna', 'wina', 'winę', 'kara', 'karę'] },
  cy: { name: 'Siân', judgemental: ['drwg', 'drygionus', 'anghywir', 'bai', 'cosb', 'beio'] },
  ar: { name: 'سارة', judgemental: ['سيئ', 'مشاغب', 'شقي', 'خاطئ', 'ذنب', 'عقاب', 'لوم'] },
} as const;
const TELLINGS = (['first', 'third'] as const).flatMap((voice) =>
  (['present', 'past', 'future'] as const).flatMap((tense) =>
    ([undefined, 'feminine', 'masculine'] as const).map((gender) => ({ voice, tense, gender })),
  ),
);

/** The reader words and verbs a text's marks name (not the [[masculine|feminine]] marks). */
function marksIn(text: string): { readers: string[]; verbs: string[] } {
  const plain = text.replace(/\[\[[^\]]*\]\]/gu, '');
  const names = (mark: RegExp) => [...plain.matchAll(mark)].map((m) => m[1] ?? '');
  return { readers: names(/<(\w+)>/gu), verbs: names(/\[\^?(\w+)(?:\.(?:it|they))?\]/gu) };
}

describe.each(Object.entries(LANGUAGES))('the shipped templates in %s', (language, words) => {
  const told = shippedStoryTemplates(language);
  const english = shippedStoryTemplates('en').words.templates;
  const person = makePerson('p1', words.name, language, 1);
  const full: Record<string, StoryValue> = Object.fromEntries(
    STORY_VALUE_KEYS.map((key) => [
      key,
      { words: key === 'name' ? words.name : 'X', picture: null },
    ]),
  );
  let n = 0;
  const made = (gender?: 'feminine' | 'masculine', values = valuesOfPerson(person)) =>
    told.templates.map((template) =>
      storyFromTemplate(told, template, values, {
        ...{ id: 's', personId: 'p1', conversationId: null, language, at: 1 },
        newId: () => `id-${(n += 1)}`,
        gender,
      }),
    );

  it('parses, and has exactly the templates and sentences of English', () => {
    expect(told.words.language).toBe(language);
    expect(Object.keys(told.words.templates).sort()).toEqual(Object.keys(english).sort());
    for (const [id, { sentences }] of Object.entries(english))
      expect(Object.keys(told.words.templates[id]?.sentences ?? {}).sort(), id).toEqual(
        Object.keys(sentences).sort(),
      );
  });

  it('has every reader word and verb its sentences use', () => {
    for (const [id, template] of Object.entries(told.words.templates))
      for (const text of [template.title, ...Object.values(template.sentences)]) {
        const { readers, verbs } = marksIn(text);
        for (const reader of readers)
          expect(told.words.voice, `${id}: ${text}`).toHaveProperty([reader]);
        for (const verb of verbs) expect(told.words.verbs, `${id}: ${text}`).toHaveProperty([verb]);
      }
  });

  it('tells every template in each voice, tense and gender with no raw mark or gap', () => {
    for (const values of [valuesOfPerson(person), full])
      for (const { voice, tense, gender } of TELLINGS)
        for (const story of made(gender, values)) {
          const retold = retell(told, story, story, voice, tense, gender);
          for (const text of [
            retold.title,
            ...retold.pages.flatMap((p) => p.sentences.map((s) => s.words)),
          ])
            expect(text, `${story.templateId} ${voice} ${tense} ${gender}`).not.toMatch(
              /[{}<>[\]|]|^\s*$|^\p{Ll}| {2}| [.,،;:!?]/u,
            );
        }
  });

  it('uses no judgemental word, and the criteria check finds nothing to advise', () => {
    expect(checkWordsFor(language).blame).toEqual(expect.arrayContaining([...words.judgemental]));
    for (const { voice, tense, gender } of TELLINGS)
      for (const story of made(gender)) {
        const retold = retell(told, story, story, voice, tense, gender);
        const text = [
          retold.title,
          ...retold.pages.flatMap((p) => p.sentences.map((s) => s.words)),
        ];
        const said =
          text
            .join(' ')
            .toLocaleLowerCase(language)
            .match(/[\p{L}\p{M}'’-]+/gu) ?? [];
        expect(said.filter((w) => (words.judgemental as readonly string[]).includes(w))).toEqual(
          [],
        );
        expect(
          checkStory(retold, language, words.name),
          `${story.templateId} ${voice} ${tense}`,
        ).toEqual([]);
      }
  });
});
