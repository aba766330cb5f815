/**
 * One page in the story editor: its part, its picture (from the library or the person's photos),
 * its sentences with their types, and the ways to move it: drag by the handle, or "Move up" and
 * "Move down" for a tap or a key.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureOption } from '../../domain/picture-options';
import { sentenceTypeOf } from '../../domain/story-check';
import {
  SENTENCE_TYPES,
  STORY_PARTS,
  type StoryPage,
  type StorySentence,
} from '../../domain/types';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { useDrag, useDrop } from '../../lib/dnd';
import { Icon } from '../../ui/icons';
import { useImageSrc } from '../../ui/image-picture';
import { PictureChooser } from '../../ui/picture-chooser';

export const PAGE_DRAG = 'story-page';

export interface PageActions {
  readonly change: (page: StoryPage) => void;
  readonly move: (from: number, to: number) => void;
  readonly remove: () => void;
  readonly newSentence: () => StorySentence;
}

function PagePicture({ page }: { readonly page: StoryPage }) {
  const { t } = useTranslation('stories');
  const src = useImageSrc(page.picture);
  if (!page.picture) return <p>{t('edit.noPicture')}</p>;
  return <img className="story-page__picture" src={src} alt="" />;
}

export function StoryPageEditor({
  page,
  index,
  count,
  options,
  actions,
}: {
  readonly page: StoryPage;
  readonly index: number;
  readonly count: number;
  readonly options: readonly PictureOption[];
  readonly actions: PageActions;
}) {
  const { t } = useTranslation('stories');
  const [isChoosing, setIsChoosing] = useState(false);
  const number = index + 1;
  const [{ isDragging }, drag] = useDrag<{ index: number }, unknown, { isDragging: boolean }>(
    () => ({
      type: PAGE_DRAG,
      item: { index },
      collect: (monitor) => ({ isDragging: monitor.isDragging() }),
    }),
    [index],
  );
  const [{ isOver }, drop] = useDrop<{ index: number }, unknown, { isOver: boolean }>(
    () => ({
      accept: PAGE_DRAG,
      drop: (item) => actions.move(item.index, index),
      collect: (monitor) => ({ isOver: monitor.isOver() && monitor.getItem().index !== index }),
    }),
    [index, actions],
  );
  const setSentence = (id: string, change: Partial<StorySentence>) =>
    actions.change({
      ...page,
      sentences: page.sentences.map((s) => (s.id === id ? { ...s, ...change } : s)),
    });
  const className = [
    'story-page',
    isDragging ? 'story-page--dragging' : '',
    isOver ? 'story-page--over' : '',
  ].join(' ');

  return (
    <li
      ref={(node) => {
        drop(node);
      }}
      className={className}
      aria-label={t('edit.page', { number })}
    >
      <div className="story-page__side">
        <button
          ref={(node) => {
            drag(node);
          }}
          type="button"
          className="button button--quiet story-page__handle"
          aria-label={t('edit.drag', { number })}
        >
          <Icon name="grip" />
        </button>
        <PagePicture page={page} />
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={isChoosing}
          aria-label={t('edit.changePicture', { number })}
          onClick={() => setIsChoosing(!isChoosing)}
        >
          {t('edit.changePictureShort')}
        </button>
      </div>
      <div>
        <h3 className="story-page__heading">{t('edit.page', { number })}</h3>
        <label className="story-choice">
          {t('edit.part')}
          <select
            value={page.part}
            onChange={(e) => actions.change({ ...page, part: e.target.value as StoryPage['part'] })}
          >
            {STORY_PARTS.map((part) => (
              <option key={part} value={part}>
                {t(`edit.parts.${part}`)}
              </option>
            ))}
          </select>
        </label>
        <ol className="story-page__sentences">
          {page.sentences.map((sentence, i) => (
            <li key={sentence.id} className="story-sentence">
              <label className="story-sentence__words">
                {t('edit.sentence', { number: i + 1 })}
                <textarea
                  value={sentence.words}
                  dir="auto"
                  maxLength={TEXT_LIMITS.storySentence}
                  onChange={(e) =>
                    setSentence(sentence.id, { words: e.target.value, templateKey: null })
                  }
                />
              </label>
              <div className="story-sentence__tools">
                <label className="story-choice">
                  <span className="visually-hidden">
                    {t('edit.sentenceType', { number: i + 1 })}
                  </span>
                  <select
                    value={sentenceTypeOf(sentence.type)}
                    onChange={(e) =>
                      setSentence(sentence.id, { type: e.target.value as StorySentence['type'] })
                    }
                  >
                    {SENTENCE_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t(`edit.types.${type}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('edit.removeSentence', { number: i + 1, page: number })}
                  onClick={() =>
                    actions.change({
                      ...page,
                      sentences: page.sentences.filter((s) => s.id !== sentence.id),
                    })
                  }
                >
                  {t('edit.remove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div className="story-page__tools">
          <button
            type="button"
            className="button"
            onClick={() =>
              actions.change({ ...page, sentences: [...page.sentences, actions.newSentence()] })
            }
          >
            {t('edit.addSentence', { number })}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={index === 0}
            onClick={() => actions.move(index, index - 1)}
          >
            {t('edit.moveUp', { number })}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={index === count - 1}
            onClick={() => actions.move(index, index + 1)}
          >
            {t('edit.moveDown', { number })}
          </button>
          <button type="button" className="button button--quiet" onClick={actions.remove}>
            {t('edit.removePage', { number })}
          </button>
        </div>
      </div>
      {isChoosing ? (
        <div
          className="story-page__chooser"
          aria-label={t('edit.choosingPicture', { number })}
          role="group"
        >
          <PictureChooser
            options={options}
            onChoose={(picture) => {
              actions.change({ ...page, picture });
              setIsChoosing(false);
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
