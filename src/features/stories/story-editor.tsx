/**
 * The story editor for staff (issue 12): the title, whose voice and which tense (template words
 * are told again; words staff wrote stay as written), whether it celebrates something the person
 * does well, and the pages — added, removed, moved by drag or by "Move up" / "Move down", each
 * with its part, picture and typed sentences. The criteria check advises as staff write. Edits
 * stay on the screen until "Save story", which keeps them as a new version.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureOption } from '../../domain/picture-options';
import { contentOf, ownSentenceCount, retell, type StoryContent } from '../../domain/story';
import { checkStory } from '../../domain/story-check';
import type { StoryTemplateSet } from '../../domain/story-templates';
import {
  STORY_TENSES,
  STORY_VOICES,
  type GrammaticalGender,
  type Story,
  type StoryPage,
  type StoryTense,
  type StoryVoice,
} from '../../domain/types';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { TouchDndProvider } from '../../lib/dnd';
import { StoryAdvicePanel } from './story-advice';
import { StoryPageEditor } from './story-page-editor';
import './stories.css';

export interface StoryEditorProps {
  readonly story: Story;
  readonly set: StoryTemplateSet;
  /** The person's name, as the third person tells it. */
  readonly name: string;
  /** The person's grammatical gender, for the words said of them when told again. */
  readonly gender?: GrammaticalGender | undefined;
  readonly pictures: readonly PictureOption[];
  readonly newId: () => string;
  /** Saves the draft as a new version; resolves with the story as stored. */
  readonly onSave: (content: StoryContent, reason: string) => Promise<Story>;
  readonly draft: StoryContent;
  readonly onDraftChange: (draft: StoryContent) => void;
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  const [item] = result.splice(from, 1);
  if (item !== undefined) result.splice(to, 0, item);
  return result;
}

export function isSameContent(a: StoryContent, b: StoryContent): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

export function StoryEditor({
  story,
  set,
  name,
  gender,
  pictures,
  newId,
  onSave,
  draft,
  onDraftChange,
}: StoryEditorProps) {
  const { t } = useTranslation('stories');
  const ids = useId();
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [hasRetold, setHasRetold] = useState(false);
  const isDirty = !isSameContent(draft, story);
  const set_ = (change: Partial<StoryContent>) => {
    setStatus(null);
    onDraftChange({ ...draft, ...change });
  };
  const setPages = (pages: StoryPage[]) => set_({ pages });
  const retold = (voice: StoryVoice, tense: StoryTense) => {
    setHasRetold(true);
    setStatus(null);
    onDraftChange(retell(set, story, draft, voice, tense, gender));
  };
  const newSentence = () => ({
    id: newId(),
    type: 'descriptive' as const,
    words: '',
    templateKey: null,
  });
  const ownWords = ownSentenceCount(draft);

  const save = () => {
    // A failed save is shown by the screen (its save-problem notice); the draft stays.
    onSave(draft, reason).then(
      (saved) => {
        setReason('');
        setStatus(t('edit.saved', { number: saved.versions.at(-1)?.number ?? 1 }));
      },
      () => undefined,
    );
  };

  return (
    <div className="story-editor">
      <div className="story-editor__main">
        <label className="story-editor__title">
          {t('edit.title')}{' '}
          <input
            type="text"
            value={draft.title}
            dir="auto"
            maxLength={TEXT_LIMITS.storyTitle}
            onChange={(e) => set_({ title: e.target.value, isTitleFromTemplate: false })}
          />
        </label>
        <div className="story-editor__row">
          <fieldset>
            <legend>{t('edit.voice')}</legend>
            {STORY_VOICES.map((voice) => (
              <label key={voice} className="story-choice">
                <input
                  type="radio"
                  name={`${ids}-voice`}
                  checked={draft.voice === voice}
                  onChange={() => retold(voice, draft.tense)}
                />
                {voice === 'first' ? t('edit.first') : t('edit.third', { name })}
              </label>
            ))}
          </fieldset>
          <label className="story-choice">
            {t('edit.tense')}
            <select
              value={draft.tense}
              onChange={(e) => retold(draft.voice, e.target.value as StoryTense)}
            >
              {STORY_TENSES.map((tense) => (
                <option key={tense} value={tense}>
                  {t(`edit.tenses.${tense}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="story-choice">
            <input
              type="checkbox"
              checked={draft.isCelebrating}
              onChange={(e) => set_({ isCelebrating: e.target.checked })}
            />
            {t('edit.celebrates', { name })}
          </label>
        </div>
        {hasRetold && ownWords > 0 ? (
          <p role="status">{t('edit.ownWords', { count: ownWords })}</p>
        ) : null}
        <TouchDndProvider>
          <ol className="story-pages" aria-label={t('edit.pages')}>
            {draft.pages.map((page, index) => (
              <StoryPageEditor
                key={page.id}
                page={page}
                index={index}
                count={draft.pages.length}
                options={pictures}
                actions={{
                  change: (next) => setPages(draft.pages.map((p) => (p.id === page.id ? next : p))),
                  move: (from, to) => {
                    if (from === to || to < 0 || to >= draft.pages.length) return;
                    setPages(moved(draft.pages, from, to));
                    setStatus(t('edit.moved', { number: to + 1 }));
                  },
                  remove: () => setPages(draft.pages.filter((p) => p.id !== page.id)),
                  newSentence,
                }}
              />
            ))}
          </ol>
        </TouchDndProvider>
        <div>
          <button
            type="button"
            className="button"
            onClick={() =>
              setPages([
                ...draft.pages,
                { id: newId(), part: 'body', picture: null, sentences: [newSentence()] },
              ])
            }
          >
            {t('edit.addPage')}
          </button>
        </div>
      </div>
      <div className="story-editor__side">
        <StoryAdvicePanel
          advice={checkStory(draft, set.words.language, name)}
          pages={draft.pages}
        />
        <div className="story-editor__save">
          <label className="story-editor__reason">
            {t('edit.reason')}
            <input
              type="text"
              value={reason}
              dir="auto"
              maxLength={TEXT_LIMITS.storyReason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="button button--primary"
            disabled={!isDirty}
            onClick={save}
          >
            {t('edit.save')}
          </button>
        </div>
        <p className="story-editor__status" role="status">
          {status ?? (isDirty ? t('edit.unsaved') : null)}
        </p>
      </div>
    </div>
  );
}
