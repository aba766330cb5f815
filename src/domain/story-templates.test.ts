import { describe, expect, it } from 'vitest';
import { shippedStoryTemplates } from './story-test-templates';
import { STORY_WORDS_SCHEMA, formFor, tellText, type Telling } from './story-templates';
import * as v from 'valibot';
import type { GrammaticalGender } from './types';

/** A small language with every kind of gendered word, checked as the app checks a file. */
const words = v.parse(STORY_WORDS_SCHEMA, {
  formatVersion: 1,
  language: 'pl',
  voice: {
    I: ['', '{name}'],
    me: ['mnie', { feminine: 'ją', masculine: 'go', neutral: 'go/ją' }],
    my: ['moje', { feminine: 'jej', masculine: 'jego', neutral: '' }],
  },
  verbs: {
    feel: {
      present: ['czuję', 'czuje', 'czują'],
      past: [
        { feminine: 'czułam', masculine: 'czułem', neutral: 'czułem/czułam' },
        { feminine: 'czuła', masculine: 'czuł', neutral: 'czuł/czuła' },
        'czuli',
      ],
      future: ['będę czuć', 'będzie czuć', 'będą czuć'],
    },
  },
  templates: {},
});

const tell = (
  text: string,
  voice: Telling['voice'],
  tense: Telling['tense'],
  gender?: GrammaticalGender,
) => tellText(text, words, { voice, tense, gender, values: { name: { words: 'Ania' } } });

describe('telling a template for the reader’s grammatical gender', () => {
  it('takes the Polish past tense by gender in the first person, and both forms when not set', () => {
    expect(tell('<I> [feel] złość.', 'first', 'past', 'feminine')).toBe('Czułam złość.');
    expect(tell('<I> [feel] złość.', 'first', 'past', 'masculine')).toBe('Czułem złość.');
    expect(tell('<I> [feel] złość.', 'first', 'past')).toBe('Czułem/czułam złość.');
    expect(tell('<I> [feel] złość.', 'third', 'past', 'feminine')).toBe('Ania czuła złość.');
    expect(tell('<I> [feel] złość.', 'third', 'past')).toBe('Ania czuł/czuła złość.');
    // A plain form is the same for every gender.
    expect(tell('<I> [feel] złość.', 'first', 'present', 'feminine')).toBe('Czuję złość.');
  });

  it('says a verb of another thing in the masculine, whatever the reader’s gender', () => {
    expect(tell('Każdy [feel.it] złość.', 'first', 'past', 'feminine')).toBe('Każdy czuł złość.');
    expect(tell('Inni [feel.they] złość.', 'third', 'past')).toBe('Inni czuli złość.');
  });

  it('gives reader words by gender, and a neutral form may leave the word out', () => {
    expect(tell('Ludzie widzą <me>.', 'third', 'present', 'feminine')).toBe('Ludzie widzą ją.');
    expect(tell('Ludzie widzą <me>.', 'third', 'present')).toBe('Ludzie widzą go/ją.');
    expect(tell('<my> ciało.', 'first', 'present', 'feminine')).toBe('Moje ciało.');
    expect(tell('<my> ciało.', 'third', 'present')).toBe('Ciało.');
  });

  it('fills [[masculine|feminine]] and [[masculine|feminine|neutral]] marks for the reader', () => {
    const text = 'Jestem [[dumny|dumna]]. [[Gotowy|Gotowa|Gotowa osoba]].';
    expect(tell(text, 'first', 'present', 'feminine')).toBe('Jestem dumna. Gotowa.');
    expect(tell(text, 'first', 'present', 'masculine')).toBe('Jestem dumny. Gotowy.');
    expect(tell(text, 'first', 'present')).toBe('Jestem dumny/dumna. Gotowa osoba.');
    // In a value's calm words too.
    expect(tell('Jestem {feeling|[[zmęczony|zmęczona]]}.', 'first', 'past', 'feminine')).toBe(
      'Jestem zmęczona.',
    );
  });

  it('starts every sentence with a capital, also one that starts with a verb', () => {
    expect(tell('To minie. <I> [feel] spokój.', 'first', 'present')).toBe(
      'To minie. Czuję spokój.',
    );
  });

  it('picks a form by gender, or neutral', () => {
    const form = { feminine: 'f', masculine: 'm', neutral: 'n' };
    expect([
      formFor(form, 'feminine'),
      formFor(form, 'masculine'),
      formFor(form, undefined),
    ]).toEqual(['f', 'm', 'n']);
    expect(formFor('same', 'feminine')).toBe('same');
  });
});

describe('English, which has no gendered words', () => {
  const set = shippedStoryTemplates('en');
  const genders = [undefined, 'feminine', 'masculine'] as const;

  it('tells every template the same for every gender', () => {
    for (const template of set.templates) {
      for (const voice of ['first', 'third'] as const)
        for (const tense of ['present', 'past', 'future'] as const) {
          const [unset, ...gendered] = genders.map((gender) =>
            [
              set.words.templates[template.id]?.title ?? '',
              ...Object.values(set.words.templates[template.id]?.sentences ?? {}),
            ].map((text) =>
              tellText(text, set.words, {
                voice,
                tense,
                gender,
                values: { name: { words: 'Sam' } },
              }),
            ),
          );
          for (const told of gendered) expect(told, template.id).toEqual(unset);
        }
    }
  });

  it('still reads as it did', () => {
    const telling = { voice: 'third', tense: 'past', gender: 'feminine' } as const;
    const values = { name: { words: 'Sam' } };
    const angry = set.words.templates['angry'];
    expect(tellText(angry?.title ?? '', set.words, { ...telling, values })).toBe(
      'When Sam felt angry',
    );
    expect(tellText(angry?.sentences['body'] ?? '', set.words, { ...telling, values })).toBe(
      "Sam's body got hot or tight.",
    );
  });
});
