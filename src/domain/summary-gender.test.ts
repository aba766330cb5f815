import { describe, expect, it } from 'vitest';
import type { GenderedWordsOfCard } from './labels';
import { makeConversation, makePerson } from './records';
import { buildSummary } from './summary';
import type { Card, Conversation } from './types';

const card = (
  id: string,
  fields: Partial<Card & GenderedWordsOfCard>,
): Card & GenderedWordsOfCard => ({
  id,
  kind: 'symbol',
  boardId: 'b',
  labels: {},
  image: { kind: 'symbol', symbol: '1F600' },
  origin: 'starter',
  createdAt: 1,
  updatedAt: 1,
  ...fields,
});

const CARDS = new Map(
  [
    card('angry', {
      labels: { en: 'angry', es: 'enfadado', pl: 'złość' },
      genderedLabels: { feminine: { es: 'enfadada' }, masculine: { es: 'enfadado' } },
    }),
    card('shout', {
      labels: { en: 'shout', es: 'gritar', pl: 'krzyk' },
      past: { en: 'shouted', pl: 'krzyczałem/krzyczałam' },
      genderedPast: { feminine: { pl: 'krzyczałam' }, masculine: { pl: 'krzyczałem' } },
    }),
  ].map((c) => [c.id, c]),
);

const talk = (): Conversation => {
  const c = makeConversation({
    id: 'c1',
    personId: 'p1',
    firstFrameId: 'f1',
    status: 'in-progress',
    time: 5,
  });
  return {
    ...c,
    story: [{ id: 'f1', caption: '', placements: [{ id: 'p1', cardId: 'angry', bubbles: [] }] }],
    links: [{ id: 'l1', feelingCardId: 'angry', behaviourCardId: 'shout' }],
  };
};

const summaryOf = (gender: 'feminine' | 'masculine' | undefined, language: string) =>
  buildSummary({
    conversation: talk(),
    person: { ...makePerson('p1', 'Ola', language, 1), grammaticalGender: gender },
    cards: CARDS,
    language,
  });

describe('the summary in the person’s grammatical gender', () => {
  it('says their own feelings and actions in their forms', () => {
    expect(summaryOf('feminine', 'es').links[0]?.feeling.label).toBe('enfadada');
    expect(summaryOf('masculine', 'es').links[0]?.feeling.label).toBe('enfadado');
    expect(summaryOf('feminine', 'pl').links[0]?.did).toBe('krzyczałam');
    expect(summaryOf('masculine', 'pl').links[0]?.did).toBe('krzyczałem');
  });

  it('keeps the usual words when no gender is set, and for pictures that are not about them', () => {
    expect(summaryOf(undefined, 'es').links[0]?.feeling.label).toBe('enfadado');
    expect(summaryOf(undefined, 'pl').links[0]?.did).toBe('krzyczałem/krzyczałam');
    // "angry" placed in the story may be about anyone: its usual word.
    expect(summaryOf('feminine', 'es').story[0]?.pictures[0]?.label).toBe('enfadado');
    // English has one form.
    expect(summaryOf('feminine', 'en').links[0]?.feeling.label).toBe('angry');
  });
});
