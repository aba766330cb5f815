import { describe, expect, it } from 'vitest';
import { makeConversation, makePerson } from './records';
import {
  celebratingCount,
  retell,
  saveStoryVersion,
  stepsOf,
  storyFromTemplate,
  templateForConversation,
  valuesOfConversation,
  valuesOfPerson,
} from './story';
import { bookletSides } from './story-print';
import { shippedStoryTemplates } from './story-test-templates';
import { tellText, type StoryTemplate } from './story-templates';
import type { Card, Conversation, FrameFeeling } from './types';

const set = shippedStoryTemplates();

const card = (id: string, en: string, extra: Partial<Card> = {}): Card => ({
  id,
  kind: 'symbol',
  boardId: 'board',
  labels: { en },
  image: { kind: 'symbol', symbol: '1F600' },
  origin: 'starter',
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const library = {
  boards: [],
  cards: new Map(
    [
      card('starter-too-loud', 'too loud', { image: { kind: 'symbol', symbol: '1F50A' } }),
      card('starter-shout', 'shout'),
      card('feeling-angry', 'angry', { kind: 'feeling' }),
      card('feeling-worried', 'worried', { kind: 'feeling' }),
      card('strategy-ear-defenders', 'ear defenders', {
        kind: 'strategy',
        canDo: { en: 'use ear defenders' },
        image: { kind: 'symbol', symbol: '1F3A7' },
      }),
      card('strategy-ask-break', 'ask for a break', {
        kind: 'strategy',
        canDo: { en: 'ask for a break' },
      }),
      card('need-quiet', 'quiet', { kind: 'need' }),
    ].map((c) => [c.id, c]),
  ),
};

const person = makePerson('p1', 'Sam', 'en', 1);

const feeling = (id: string, frameId: string, cardId: string, size: FrameFeeling['size']) =>
  ({
    id,
    frameId,
    cardId,
    size,
    colour: null,
    drawingMediaId: null,
    soundId: null,
  }) as FrameFeeling;

function finished(extra: Partial<Conversation> = {}): Conversation {
  const c = makeConversation({
    id: 'c1',
    personId: 'p1',
    firstFrameId: 'f1',
    status: 'completed',
    time: 5,
  });
  const placed = (cardId: string) => ({ id: `x-${cardId}`, cardId, bubbles: [] });
  return {
    ...c,
    story: [
      { id: 'f1', caption: '', placements: [placed('starter-shout')] },
      { id: 'f2', caption: 'The fire alarm rang', placements: [placed('starter-too-loud')] },
    ],
    startFrameId: 'f2',
    feelings: [feeling('a', 'f1', 'feeling-angry', 2), feeling('b', 'f2', 'feeling-worried', 4)],
    strategies: ['strategy-ear-defenders', 'strategy-ask-break'],
    needs: ['need-quiet'],
    preparation: {
      incidentAt: '',
      place: 'the dining hall',
      staffNote: 'Staff only: do not show',
      staff: 'Jo',
      thirdPerson: '',
      supports: [],
    },
    ...extra,
  };
}

let counter = 0;
const meta = (conversationId: string | null = null) => ({
  id: 's1',
  personId: 'p1',
  conversationId,
  language: 'en',
  at: 10,
  newId: () => `id-${(counter += 1)}`,
});

const template = (id: string) => set.templates.find((t) => t.id === id) as StoryTemplate;

const allWords = (story: {
  title: string;
  pages: readonly { sentences: readonly { words: string }[] }[];
}) => [story.title, ...story.pages.flatMap((p) => p.sentences.map((s) => s.words))].join('\n');

describe('filling a template', () => {
  it('fills each placeholder from the person and the conversation', () => {
    const values = valuesOfConversation(finished(), person, library, 'en');
    expect(values['feeling']?.words).toBe('worried');
    expect(values['trigger']?.words).toBe('The fire alarm rang');
    expect(values['strategy']?.words).toBe('use ear defenders');
    expect(values['helper']?.words).toBe('Jo');
    expect(values['place']?.words).toBe('the dining hall');
    const story = storyFromTemplate(set, template('loud'), values, meta('c1'));
    const text = allWords(story);
    expect(text).toContain('Sometimes it is loud in the dining hall.');
    expect(text).toContain('When it is loud, I can feel worried.');
    expect(text).toContain('I can use ear defenders.');
    // The staff note of the preparation never reaches the story.
    expect(text).not.toContain('Staff only');
  });

  it('leaves calm, general words where a value is missing, never a gap or a mark', () => {
    const story = storyFromTemplate(set, template('loud'), valuesOfPerson(person), meta());
    const text = allWords(story);
    expect(text).toContain('Sometimes it is loud in a busy room.');
    expect(text).toContain('I can use ear defenders.');
    expect(text).not.toMatch(/[{}<>[\]|]/u);
    expect(text).not.toMatch(/ {2}| [.,]/u);
  });

  it('tells every template in every voice and tense without a raw mark, a gap or a lower-case start', () => {
    const values = valuesOfPerson(person);
    for (const t of set.templates) {
      const story = storyFromTemplate(set, t, values, meta());
      for (const voice of ['first', 'third'] as const) {
        for (const tense of ['present', 'past', 'future'] as const) {
          const told = retell(set, story, story, voice, tense);
          for (const words of [
            told.title,
            ...told.pages.flatMap((p) => p.sentences.map((s) => s.words)),
          ]) {
            expect(words, `${t.id} ${voice} ${tense}`).not.toMatch(/[{}<>[\]|]|^$|^\p{Ll}/u);
          }
        }
      }
    }
  });

  it('retells in the third person and the past tense, keeping the words staff wrote', () => {
    const story = storyFromTemplate(set, template('angry'), valuesOfPerson(person), meta());
    const edited = {
      ...story,
      pages: story.pages.map((p, i) =>
        i === 0
          ? {
              ...p,
              sentences: [
                ...p.sentences,
                {
                  id: 'own',
                  type: 'descriptive' as const,
                  words: 'I like trains.',
                  templateKey: null,
                },
              ],
            }
          : p,
      ),
    };
    const told = retell(set, story, edited, 'third', 'past');
    expect(told.title).toBe('When Sam felt angry');
    expect(allWords(told)).toContain('Sometimes Sam felt angry.');
    expect(allWords(told)).toContain("Sam's body got hot or tight.");
    expect(allWords(told)).toContain('I like trains.');
    const future = retell(set, story, story, 'third', 'future');
    // "When Sam feels angry", not "when Sam will feel angry".
    expect(allWords(future)).toContain(
      'When Sam feels angry, Sam will be able to take slow breaths.',
    );
    expect(
      tellText('<I> [can] ask.', set.words, { voice: 'first', tense: 'future', values: {} }),
    ).toBe('I will be able to ask.');
  });
});

describe('the person’s grammatical gender', () => {
  const polish = shippedStoryTemplates('pl');
  const alex = valuesOfPerson(makePerson('p2', 'Alex', 'pl', 1));
  const made = (id: string, gender?: 'feminine' | 'masculine') =>
    storyFromTemplate(polish, template(id), alex, { ...meta(), gender });

  it('tells a new story and a retelling in the words for their gender (both when not set)', () => {
    const told = (voice: 'first' | 'third', gender?: 'feminine' | 'masculine') =>
      allWords(retell(polish, made('angry'), made('angry'), voice, 'past', gender));
    expect(told('first', 'feminine')).toContain('Czasem czułam złość.');
    expect(told('third', 'masculine')).toContain('Czasem Alex czuł złość.');
    expect(told('first')).toContain('Czasem czułem/czułam złość.');
    expect(allWords(made('kind', 'feminine'))).toContain('Mogę być dumna ze swojej życzliwości.');
  });

  it('fills the story with their feeling in the words for their gender, where the card has them', () => {
    const labels = { en: 'angry', es: 'enfadado' };
    const angry = { ...card('feeling-angry', 'angry', { kind: 'feeling', labels }) };
    const gendered = { ...angry, genderedLabels: { feminine: { es: 'enfadada' } } };
    const spanish = { ...library, cards: new Map([...library.cards, [angry.id, gendered]]) };
    const talk = finished({ feelings: [feeling('a', 'f1', 'feeling-angry', 5)] });
    const felt = (gender?: 'feminine' | 'masculine') =>
      valuesOfConversation(talk, { ...person, grammaticalGender: gender }, spanish, 'es')[
        'feeling'
      ];
    expect([felt('feminine'), felt('masculine'), felt()].map((f) => f?.words)).toEqual([
      'enfadada',
      'enfadado',
      'enfadado',
    ]);
  });
});

describe('making a story from a conversation', () => {
  it('picks the template that fits the feeling and the strategy chosen', () => {
    expect(templateForConversation(set, finished()).id).toBe('loud');
    const angry = finished({
      feelings: [feeling('a', 'f1', 'feeling-angry', 5)],
      strategies: ['strategy-breathing'],
      needs: [],
      story: [],
    });
    expect(templateForConversation(set, angry).id).toBe('angry');
    const breakOnly = finished({
      feelings: [],
      strategies: ['strategy-ask-break'],
      needs: [],
      story: [],
    });
    expect(templateForConversation(set, breakOnly).id).toBe('break');
  });

  it('chooses "Talking about what happened" when nothing fits, and never one that celebrates', () => {
    const plain = finished({ feelings: [], strategies: [], needs: [], story: [] });
    expect(templateForConversation(set, plain).id).toBe('talking');
  });

  it('gives each story step its own page, with the step picture and caption', () => {
    const conversation = finished();
    const values = valuesOfConversation(conversation, person, library, 'en');
    const steps = stepsOf(conversation, library, 'en');
    const story = storyFromTemplate(set, template('talking'), values, meta('c1'), steps);
    const stepPages = story.pages.filter((p) =>
      p.sentences.some((s) => s.words === 'Shout' || s.words === 'The fire alarm rang'),
    );
    expect(stepPages.map((p) => p.picture)).toEqual([
      { kind: 'symbol', symbol: '1F600' },
      { kind: 'symbol', symbol: '1F50A' },
    ]);
    expect(story.conversationId).toBe('c1');
  });
});

describe('versions and counts', () => {
  it('keeps each saved version whole and adds none when nothing changed', () => {
    const story = storyFromTemplate(set, template('break'), valuesOfPerson(person), meta());
    const first = saveStoryVersion(story, story, { id: 'v1', at: 20, actor: 'Jo', reason: '' });
    expect(first.versions.map((v) => v.number)).toEqual([1]);
    expect(saveStoryVersion(first, first, { id: 'v2', at: 30, actor: 'Jo', reason: '' })).toBe(
      first,
    );
    const second = saveStoryVersion(
      first,
      { ...first, title: 'My breaks' },
      {
        id: 'v3',
        at: 40,
        actor: 'Al',
        reason: 'shorter title',
      },
    );
    expect(second.versions.map((v) => [v.number, v.title])).toEqual([
      [1, 'Asking for a break'],
      [2, 'My breaks'],
    ]);
    expect(second.title).toBe('My breaks');
  });

  it('counts the stories that celebrate', () => {
    expect(
      celebratingCount([
        { isCelebrating: true },
        { isCelebrating: false },
        { isCelebrating: false },
      ]),
    ).toEqual({ celebrating: 1, total: 3 });
  });
});

describe('a folded booklet', () => {
  it('puts the pages of an 8-page booklet on two sheets in folding order', () => {
    expect(bookletSides(8)).toEqual([
      [7, 0],
      [1, 6],
      [5, 2],
      [3, 4],
    ]);
  });

  it('fills up to a multiple of four with blank pages', () => {
    const sides = bookletSides(6);
    expect(sides).toEqual([
      [null, 0],
      [1, null],
      [5, 2],
      [3, 4],
    ]);
  });
});
