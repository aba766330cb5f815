import { describe, expect, it } from 'vitest';
import { makeConversation, makePerson } from './records';
import { buildSummary, storySentences } from './summary';
import type { Card, Conversation, Person } from './types';

const card = (id: string, en: string, ar?: string): Card => ({
  id,
  kind: 'symbol',
  boardId: 'b',
  labels: ar ? { en, ar } : { en },
  image: { kind: 'symbol', symbol: '1F600' },
  origin: 'starter',
  createdAt: 1,
  updatedAt: 1,
});

const CARDS = new Map(
  [
    card('teacher', 'teacher', 'معلم'),
    { ...card('shout', 'shout'), past: { en: 'shouted' } },
    card('angry', 'angry', 'غاضب'),
    card('sad', 'sad'),
    card('stop', 'Stop'),
    card('ask-break', 'ask for a break'),
    card('football', 'football'),
  ].map((c) => [c.id, c]),
);

const person: Person = {
  ...makePerson('p1', 'Sam', 'en', 1),
  likes: [{ id: 'like-music', text: 'music', image: null }],
  calming: [{ id: 'calm-walk', text: 'a walk outside', image: null }],
};

const empty = (): Conversation =>
  makeConversation({
    id: 'c1',
    personId: 'p1',
    firstFrameId: 'f1',
    status: 'in-progress',
    time: 5,
  });

const placement = (
  id: string,
  cardId: string,
  bubbles: Conversation['story'][0]['placements'][0]['bubbles'] = [],
) => ({ id, cardId, bubbles });

/** A conversation with every field filled in. */
const full = (): Conversation => ({
  ...empty(),
  status: 'completed',
  completedAt: 99,
  story: [
    {
      id: 'f1',
      caption: 'In class',
      placements: [
        placement('p1', 'teacher', [
          { id: 'b1', kind: 'they-said', text: 'Please sit down', cardId: null },
          { id: 'b2', kind: 'i-thought', text: '  ', cardId: 'stop' },
        ]),
        placement('p2', 'shout'),
      ],
    },
    { id: 'f2', caption: 'At lunch.', placements: [placement('p3', 'angry')] },
  ],
  feelings: [
    {
      id: 'e1',
      frameId: 'f2',
      cardId: 'angry',
      size: 4,
      colour: '#ff0000',
      drawingMediaId: 'm1',
      soundId: 'rumble',
    },
    // Nothing chosen for it yet: not in the summary.
    {
      id: 'e2',
      frameId: 'f2',
      cardId: null,
      size: null,
      colour: null,
      drawingMediaId: null,
      soundId: null,
    },
    {
      id: 'e3',
      frameId: 'f2',
      cardId: 'sad',
      size: null,
      colour: null,
      drawingMediaId: null,
      soundId: null,
    },
  ],
  links: [
    { id: 'l1', feelingCardId: 'angry', behaviourCardId: 'shout' },
    { id: 'l2', feelingCardId: 'sad', behaviourCardId: 'teacher' },
  ],
  affected: [
    { id: 'a1', who: { kind: 'self' }, feelingCardId: 'sad' },
    { id: 'a2', who: { kind: 'card', cardId: 'teacher' }, feelingCardId: null },
    { id: 'a3', who: { kind: 'named', name: 'Jo' }, feelingCardId: 'angry' },
  ],
  strategies: ['ask-break', 'calm-walk'],
  commitments: ['listenFirst', 'warnBeforeChanges'],
  commitmentNote: ' Sit side by side. ',
  positive: { activityId: 'football', plannedFor: '2025-06-01', doneAt: 120 },
  welcome: { ways: ['pictures', 'puppets'], isThirdPersonJoining: false, isCalmFirst: true },
  readiness: { time: 'not-yet', calm: 'yes' },
  preparation: {
    incidentAt: '2025-05-30T12:15',
    place: 'dining hall',
    staffNote: 'Plates were thrown.',
    staff: 'Ana',
    thirdPerson: 'Lee',
    supports: ['pictures'],
  },
  staffNotes: 'Went well.',
});

const build = (conversation: Conversation, language = 'en', cards = CARDS) =>
  buildSummary({ conversation, person, cards, language });

describe('the session summary', () => {
  it('resolves everything in a full conversation to words', () => {
    const s = build(full());
    expect(s.story[0]).toEqual({
      number: 1,
      frameId: 'f1',
      caption: 'In class',
      pictures: [
        { cardId: 'teacher', label: 'teacher', isMissing: false },
        { cardId: 'shout', label: 'shout', isMissing: false },
      ],
      bubbles: [
        {
          kind: 'they-said',
          puppet: { cardId: 'teacher', label: 'teacher', isMissing: false },
          words: 'Please sit down',
          card: null,
        },
        {
          kind: 'i-thought',
          puppet: { cardId: 'teacher', label: 'teacher', isMissing: false },
          words: 'Stop',
          card: { cardId: 'stop', label: 'Stop', isMissing: false },
        },
      ],
      feelings: [],
      isStart: false,
    });
    expect(s.story[1]?.feelings).toEqual([
      {
        id: 'e1',
        card: { cardId: 'angry', label: 'angry', isMissing: false },
        size: 4,
        colour: '#ff0000',
        hasDrawing: true,
        drawingMediaId: expect.any(String) as string,
        soundId: 'rumble',
      },
      {
        id: 'e3',
        card: { cardId: 'sad', label: 'sad', isMissing: false },
        size: null,
        colour: null,
        hasDrawing: false,
        drawingMediaId: null,
        soundId: null,
      },
    ]);
    expect(s.links).toEqual([
      {
        id: 'l1',
        feeling: { cardId: 'angry', label: 'angry', isMissing: false },
        behaviour: { cardId: 'shout', label: 'shout', isMissing: false },
        did: 'shouted',
      },
      // An older link, to a picture that is not an action: no past-tense words for it.
      {
        id: 'l2',
        feeling: { cardId: 'sad', label: 'sad', isMissing: false },
        behaviour: { cardId: 'teacher', label: 'teacher', isMissing: false },
        did: null,
      },
    ]);
    expect(s.affected.map((a) => [a.kind, a.who, a.feeling?.label ?? null])).toEqual([
      ['self', 'Sam', 'sad'],
      ['card', 'teacher', null],
      ['named', 'Jo', 'angry'],
    ]);
    expect(s.strategies).toEqual([
      { id: 'ask-break', source: 'card', label: 'ask for a break', isMissing: false },
      { id: 'calm-walk', source: 'calming', label: 'a walk outside', isMissing: false },
    ]);
    expect(s.commitmentNote).toBe('Sit side by side.');
    expect(s.positive).toEqual({
      activityId: 'football',
      source: 'card',
      label: 'football',
      isMissing: false,
      plannedFor: '2025-06-01',
      isDone: true,
      doneAt: 120,
    });
    expect(s.choices).toEqual({
      ways: ['pictures', 'puppets'],
      isThirdPersonJoining: false,
      isCalmFirst: true,
    });
    expect(s.readiness).toEqual([
      { item: 'calm', answer: 'yes' },
      { item: 'time', answer: 'not-yet' },
    ]);
    expect(s.preparation).toMatchObject({
      incidentAt: '2025-05-30T12:15',
      place: 'dining hall',
      staff: 'Ana',
      thirdPerson: 'Lee',
      supports: ['pictures'],
    });
    expect(s).toMatchObject({
      conversationId: 'c1',
      personName: 'Sam',
      status: 'completed',
      startedAt: 5,
      completedAt: 99,
      staffNote: 'Plates were thrown.',
      staffNotes: 'Went well.',
    });
  });

  it('keeps the order of story steps and puts commitments in their set order', () => {
    const s = build(full());
    expect(s.story.map((step) => [step.number, step.frameId])).toEqual([
      [1, 'f1'],
      [2, 'f2'],
    ]);
    expect(s.commitments).toEqual(['warnBeforeChanges', 'listenFirst']);
  });

  it('uses the labels of the language asked for', () => {
    const s = build(full(), 'ar');
    expect(s.story[0]?.pictures[0]?.label).toBe('معلم');
    expect(s.links[0]?.feeling.label).toBe('غاضب');
    expect(s.links[0]?.behaviour.label).toBe('shout');
    // The card has no Arabic words: its English word and its English past go together.
    expect(s.links[0]?.did).toBe('shouted');
  });

  it('marks cards that are gone instead of dropping them', () => {
    const s = build(full(), 'en', new Map());
    expect(s.story[0]?.pictures[0]).toEqual({ cardId: 'teacher', label: null, isMissing: true });
    expect(s.story[0]?.bubbles[1]?.words).toBeNull();
    expect(s.story[0]?.bubbles[0]?.words).toBe('Please sit down');
    expect(s.affected[1]).toMatchObject({ who: null, whoCardId: 'teacher', isMissing: true });
    expect(s.affected[0]).toMatchObject({ who: 'Sam', isMissing: false });
    expect(s.strategies).toEqual([
      { id: 'ask-break', source: 'missing', label: null, isMissing: true },
      { id: 'calm-walk', source: 'calming', label: 'a walk outside', isMissing: false },
    ]);
    expect(s.positive).toMatchObject({ source: 'missing', label: null, isMissing: true });
  });

  it('finds a positive activity among the person’s likes', () => {
    const c: Conversation = {
      ...empty(),
      positive: { activityId: 'like-music', plannedFor: '', doneAt: null },
    };
    expect(build(c).positive).toMatchObject({ source: 'like', label: 'music', isDone: false });
  });

  it('gives empty lists for an empty conversation', () => {
    const s = build(empty());
    expect(s.story).toMatchObject([
      { number: 1, frameId: 'f1', caption: '', pictures: [], bubbles: [], feelings: [] },
    ]);
    expect(s).toMatchObject({
      links: [],
      affected: [],
      strategies: [],
      commitments: [],
      commitmentNote: '',
      positive: null,
      readiness: [],
      preparation: null,
      staffNote: '',
      staffNotes: '',
      choices: { ways: [], isThirdPersonJoining: null, isCalmFirst: null },
    });
    expect(storySentences(s)).toEqual([]);
  });
});

describe('story sentences for reading aloud', () => {
  it('gives one sentence per step, caption first, then the pictures', () => {
    expect(storySentences(build(full()))).toEqual([
      'In class: teacher, shout.',
      'At lunch: angry.',
    ]);
  });

  it('skips empty steps and missing pictures, and keeps a caption on its own', () => {
    const c: Conversation = {
      ...full(),
      story: [
        { id: 'x', caption: '', placements: [placement('p', 'gone'), placement('q', 'sad')] },
        { id: 'y', caption: '', placements: [] },
        { id: 'z', caption: 'Then home!', placements: [] },
      ],
    };
    expect(storySentences(build(c))).toEqual(['sad.', 'Then home!']);
  });
});
