/**
 * The rules of a social story (issue 12): filling a template for a person (and from a finished
 * conversation), choosing the template that fits a conversation, telling it again in another
 * voice or tense, saving versions, and laying it out as a folded booklet. The words come from the
 * template set of the story's language (story-templates.ts); the domain has no i18n.
 */
import { canDoLabelFor, genderedLabel, labelFor } from './labels';
import type { Library } from './library';
import {
  STORY_VALUE_KEYS,
  templateById,
  templateSentence,
  templateTitle,
  type StoryTemplate,
  type StoryTemplateSet,
  type Telling,
} from './story-templates';
import { repairsOf, needsOf, startFrameIn } from './together-plan';
import type {
  Conversation,
  Frame,
  GrammaticalGender,
  ImageSource,
  Person,
  Story,
  StoryPage,
  StoryTense,
  StoryValue,
  StoryVersion,
  StoryVoice,
} from './types';

export type StoryValues = Readonly<Record<string, StoryValue>>;

/** What a version keeps: the story as staff see and print it. */
export type StoryContent = Pick<
  Story,
  'title' | 'isTitleFromTemplate' | 'voice' | 'tense' | 'isCelebrating' | 'pages'
>;

export function contentOf(story: StoryContent): StoryContent {
  const { title, isTitleFromTemplate, voice, tense, isCelebrating, pages } = story;
  return { title, isTitleFromTemplate, voice, tense, isCelebrating, pages };
}

function value(words: string, picture: ImageSource | null = null): StoryValue {
  return { words: words.trim(), picture };
}

/** What a story about this person is filled with before any conversation: their name and photo. */
export function valuesOfPerson(person: Person): Record<string, StoryValue> {
  return { name: value(person.displayName, person.picture) };
}

function firstPicture(frame: Frame, library: Library): ImageSource | null {
  for (const placement of frame.placements) {
    const card = library.cards.get(placement.cardId);
    if (card) return card.image;
  }
  return null;
}

function frameWords(frame: Frame, library: Library, language: string): string {
  if (frame.caption.trim() !== '') return frame.caption.trim();
  const card = library.cards.get(frame.placements[0]?.cardId ?? '');
  return card ? labelFor(card.labels, language) : '';
}

/** A step's words as a sentence on its page: a capital first, as the person typed it otherwise. */
function asSentence(words: string, language: string): string {
  const first = words.charAt(0);
  return first.toLocaleUpperCase(language) + words.slice(first.length);
}

/** The feeling that was biggest (the first chosen among equals), as a card id. */
function biggestFeeling(conversation: Conversation): string | null {
  let best: { cardId: string; size: number } | null = null;
  for (const feeling of conversation.feelings) {
    if (feeling.cardId === null) continue;
    const size = feeling.size ?? 0;
    if (!best || size > best.size) best = { cardId: feeling.cardId, size };
  }
  return best?.cardId ?? null;
}

/**
 * What a story made from a finished conversation is filled with: the person's name and photo,
 * the biggest feeling (in the words for their grammatical gender), what started it (the step
 * marked "It started here", else the first), the first strategy chosen that has "I can" words,
 * who was there to help (the staff named in the preparation), where it happened, the positive
 * activity and the first way to make things right.
 */
export function valuesOfConversation(
  conversation: Conversation,
  person: Person,
  library: Library,
  language: string,
): Record<string, StoryValue> {
  const values = valuesOfPerson(person);
  const cardValue = (id: string | null | undefined) => {
    const card = id ? library.cards.get(id) : undefined;
    return card ? value(labelFor(card.labels, language), card.image) : null;
  };
  // Their own feeling, so in the words for their gender where the card has them ("enfadada").
  const feelingCard = library.cards.get(biggestFeeling(conversation) ?? '');
  if (feelingCard)
    values['feeling'] = value(
      genderedLabel(feelingCard, language, person.grammaticalGender),
      feelingCard.image,
    );

  const startId = startFrameIn(conversation);
  const start = conversation.story.find((f) => f.id === startId) ?? conversation.story[0];
  if (start) {
    const words = frameWords(start, library, language);
    if (words !== '') values['trigger'] = value(words, firstPicture(start, library));
  }

  for (const id of conversation.strategies) {
    const card = library.cards.get(id);
    const canDo = card ? canDoLabelFor(card, language) : null;
    if (card && canDo) {
      values['strategy'] = value(canDo, card.image);
      break;
    }
  }

  const preparation = conversation.preparation;
  if (preparation?.staff.trim()) values['helper'] = value(preparation.staff);
  if (preparation?.place.trim()) values['place'] = value(preparation.place);

  const activityId = conversation.positive?.activityId;
  const like = person.likes.find((l) => l.id === activityId);
  const activity = like ? value(like.text, like.image) : cardValue(activityId);
  if (activity) values['activity'] = activity;

  const repair = repairsOf(conversation)
    .map((id) => cardValue(id))
    .find((r) => r !== null);
  if (repair) values['repair'] = repair;
  return values;
}

/** Every card the conversation touched, for matching a template's `fits.cards`. */
function cardsIn(conversation: Conversation): Set<string> {
  return new Set(conversation.story.flatMap((f) => f.placements.map((p) => p.cardId)));
}

/**
 * The template that fits a finished conversation best: the feelings had weigh most, then the
 * strategies chosen, then what they needed, the pictures in the story and making things right.
 * Stories that celebrate are chosen by staff, never for a conversation about an incident; with
 * nothing matching, "Talking about what happened" (the last template that fits anything).
 */
export function templateForConversation(
  set: StoryTemplateSet,
  conversation: Conversation,
): StoryTemplate {
  const feelings = new Set(conversation.feelings.flatMap((f) => f.cardId ?? []));
  const strategies = new Set(conversation.strategies);
  const needs = new Set(needsOf(conversation));
  const cards = cardsIn(conversation);
  const hasRepairs = repairsOf(conversation).length > 0;
  const count = (ids: readonly string[] | undefined, chosen: Set<string>) =>
    (ids ?? []).filter((id) => chosen.has(id)).length;
  let best: { template: StoryTemplate; score: number } | null = null;
  for (const template of set.templates) {
    if (template.isCelebrating) continue;
    const { fits } = template;
    const score =
      3 * count(fits.feelings, feelings) +
      2 * count(fits.strategies, strategies) +
      count(fits.needs, needs) +
      count(fits.cards, cards) +
      (fits.repairs && hasRepairs ? 2 : 0);
    if (!best || score > best.score) best = { template, score };
  }
  const general = set.templates.findLast(
    (t) => !t.isCelebrating && Object.keys(t.fits).length === 0,
  );
  if (best && best.score > 0) return best.template;
  return general ?? best?.template ?? (set.templates[0] as StoryTemplate);
}

export interface NewStory {
  readonly id: string;
  readonly personId: string;
  readonly conversationId: string | null;
  readonly language: string;
  readonly at: number;
  /** New ids for pages and sentences. */
  readonly newId: () => string;
  /** The person's grammatical gender, for the words said of them; undefined: not set. */
  readonly gender?: GrammaticalGender | undefined;
}

/**
 * A new story from a template, told in the first person, present tense. Each page shows its
 * value's picture when the story has one (the feeling chosen, their photo…), else the symbol.
 * Made from a conversation (`steps` given), the page marked for story steps becomes one page per
 * step with the step's own picture and caption.
 */
export function storyFromTemplate(
  set: StoryTemplateSet,
  template: StoryTemplate,
  values: StoryValues,
  meta: NewStory,
  steps: readonly { readonly words: string; readonly picture: ImageSource | null }[] = [],
): Story {
  const telling: Telling = { voice: 'first', tense: 'present', values, gender: meta.gender };
  const sentence = (key: string, type: StoryPage['sentences'][number]['type']) => ({
    id: meta.newId(),
    type,
    words: templateSentence(set, template.id, key, telling) ?? '',
    templateKey: key,
  });
  const pages = template.pages.flatMap((page): StoryPage[] => {
    const fromValue = page.picture.value ? values[page.picture.value]?.picture : null;
    const picture: ImageSource = fromValue ?? { kind: 'symbol', symbol: page.picture.symbol };
    if (page.isEachStoryStep && steps.length > 0) {
      return steps.map((step) => ({
        id: meta.newId(),
        part: page.part,
        picture: step.picture ?? picture,
        sentences:
          step.words !== ''
            ? [
                {
                  id: meta.newId(),
                  type: 'descriptive',
                  words: asSentence(step.words, meta.language),
                  templateKey: null,
                },
              ]
            : page.sentences.map((s) => sentence(s.key, s.type)),
      }));
    }
    return [
      {
        id: meta.newId(),
        part: page.part,
        picture,
        sentences: page.sentences.map((s) => sentence(s.key, s.type)),
      },
    ];
  });
  return {
    id: meta.id,
    personId: meta.personId,
    conversationId: meta.conversationId,
    templateId: template.id,
    language: meta.language,
    values: Object.fromEntries(
      STORY_VALUE_KEYS.flatMap((k) => (values[k] ? [[k, values[k]]] : [])),
    ),
    title: templateTitle(set, template.id, telling),
    isTitleFromTemplate: true,
    voice: 'first',
    tense: 'present',
    isCelebrating: template.isCelebrating,
    pages,
    versions: [],
    createdAt: meta.at,
    updatedAt: meta.at,
  };
}

/** The story steps of a conversation as pages can show them: words and the first picture. */
export function stepsOf(
  conversation: Conversation,
  library: Library,
  language: string,
): { words: string; picture: ImageSource | null }[] {
  return conversation.story
    .map((frame) => ({
      words: frameWords(frame, library, language),
      picture: firstPicture(frame, library),
    }))
    .filter((step) => step.words !== '' || step.picture !== null);
}

/**
 * The story told in another voice or tense: every sentence still in its template's words (and
 * the title, if it is the template's) is told again; words staff wrote stay as they are. The
 * person's grammatical gender (if set) is not kept with the story: it is given here.
 */
export function retell(
  set: StoryTemplateSet,
  story: Story,
  content: StoryContent,
  voice: StoryVoice,
  tense: StoryTense,
  gender?: GrammaticalGender,
): StoryContent {
  const telling: Telling = { voice, tense, values: story.values, gender };
  const template = templateById(set, story.templateId);
  return {
    ...content,
    voice,
    tense,
    title:
      template && content.isTitleFromTemplate
        ? templateTitle(set, template.id, telling)
        : content.title,
    pages: content.pages.map((page) => ({
      ...page,
      sentences: page.sentences.map((s) => {
        const words =
          template && s.templateKey !== null
            ? templateSentence(set, template.id, s.templateKey, telling)
            : null;
        return words === null ? s : { ...s, words };
      }),
    })),
  };
}

/** Sentences whose words staff wrote (not the template's), which a new voice or tense leaves. */
export function ownSentenceCount(content: StoryContent): number {
  return content.pages.flatMap((p) => p.sentences).filter((s) => s.templateKey === null).length;
}

export interface NewStoryVersion {
  readonly id: string;
  readonly at: number;
  readonly actor: string;
  readonly reason: string;
}

function sameContent(a: StoryContent, b: StoryContent): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

/**
 * Saves `content` as the story now and as a new version (numbered one past the last), a whole
 * copy. The same story comes back when nothing changed since the last version.
 */
export function saveStoryVersion(
  story: Story,
  content: StoryContent,
  meta: NewStoryVersion,
): Story {
  const latest = story.versions.at(-1);
  if (latest && sameContent(latest, content)) return story;
  const version: StoryVersion = {
    ...meta,
    number: (latest?.number ?? 0) + 1,
    ...contentOf(content),
  };
  return {
    ...story,
    ...contentOf(content),
    versions: [...story.versions, version],
    updatedAt: meta.at,
  };
}

/** "x of y stories celebrate something they do well". */
export function celebratingCount(stories: readonly Pick<Story, 'isCelebrating'>[]): {
  celebrating: number;
  total: number;
} {
  return { celebrating: stories.filter((s) => s.isCelebrating).length, total: stories.length };
}

/** Every stored photo a story shows, in any version or value, for a one-person backup. */
export function storyMediaIds(story: Story): string[] {
  const pictures = [...story.pages, ...story.versions.flatMap((v) => v.pages)].map(
    (p) => p.picture,
  );
  pictures.push(...Object.values(story.values).map((v) => v.picture));
  return [...new Set(pictures.flatMap((p) => (p?.kind === 'media' ? [p.mediaId] : [])))];
}
