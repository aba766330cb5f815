/**
 * "Edit plan": change any item's words, remove items, add items to a section, then save them as
 * one new version with a reason. Nothing is stored until "Save as a new version"; the plan
 * itself is shown unchanged until then.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bandOf, itemsIn } from '../../domain/plan';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { PLAN_SECTIONS, type PlanBands, type PlanItem, type PlanSection } from '../../domain/types';
import { Icon } from '../../ui/icons';
import { BandMark } from './band-mark';
import type { PictureOption } from '../../domain/picture-options';
import { PictureChooser } from '../../ui/picture-chooser';
import { PlanItemPicture } from './plan-item-picture';

export interface PlanEditorProps {
  readonly items: readonly PlanItem[];
  readonly bands: PlanBands;
  readonly language: string;
  /** The pictures an item can have: the library's, and the person's own photos. */
  readonly pictures: readonly PictureOption[];
  /** A new item's id. */
  readonly newId: () => string;
  readonly onSave: (items: readonly PlanItem[], reason: string) => void;
  readonly onCancel: () => void;
}

export function PlanEditor(props: PlanEditorProps) {
  const { items, bands, language, pictures, newId, onSave, onCancel } = props;
  const { t } = useTranslation('plan');
  const [draft, setDraft] = useState<readonly PlanItem[]>(items);
  const [reason, setReason] = useState('');
  const [isEmptySave, setIsEmptySave] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [choosingFor, setChoosingFor] = useState<string | null>(null);
  const reasonId = useId();
  const was = new Map(items.map((i) => [i.id, i.words]));
  const kept = draft.filter((i) => i.words.trim() !== '');
  const before = new Map(items.map((i) => [i.id, i]));
  const isChanged =
    kept.length !== items.length ||
    kept.some((i) => {
      const old = before.get(i.id);
      return !old || old.words !== i.words.trim() || old.picture !== i.picture;
    });
  const change = (id: string, words: string) =>
    setDraft((d) => d.map((i) => (i.id === id ? { ...i, words } : i)));
  // Focus moves to the new item once; later renders leave focus where staff put it.
  const focusOnce = (input: HTMLInputElement | null) => {
    if (!input) return;
    input.focus();
    setAdded(null);
  };
  const add = (section: PlanSection) => {
    const id = newId();
    setAdded(id);
    setDraft((d) => [...d, { id, section, words: '', picture: null }]);
  };
  return (
    <form
      className="plan-editor"
      aria-label={t('edit.heading')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!isChanged) return setIsEmptySave(true);
        onSave(kept, reason);
      }}
    >
      <h2>{t('edit.heading')}</h2>
      {PLAN_SECTIONS.map((section) => {
        const look = bandOf(bands, section);
        const name = t(`sections.${section}`);
        return (
          <fieldset
            key={section}
            className={`plan-section plan-section--${look?.colour ?? 'plain'}`}
          >
            <legend className="plan-section__top">
              <span className="plan-editor__section-name">{name}</span>
              {look ? <BandMark look={look} /> : null}
            </legend>
            <ul className="plan-section__items" lang={language}>
              {itemsIn(draft, section).map((item) => {
                const label = was.has(item.id)
                  ? t('edit.wordsFor', { words: was.get(item.id) })
                  : t('edit.newWords', { section: name });
                return (
                  <li key={item.id} className="plan-editor__item">
                    <div className="plan-item">
                      <button
                        type="button"
                        className="button button--quiet plan-editor__picture"
                        aria-expanded={choosingFor === item.id}
                        onClick={() => setChoosingFor(choosingFor === item.id ? null : item.id)}
                      >
                        <PlanItemPicture image={item.picture} fallbackSymbol={look?.symbol} />
                        <span className="visually-hidden">
                          {t('edit.changePicture', { words: item.words || name })}
                        </span>
                      </button>
                      <input
                        className="plan-editor__words"
                        aria-label={label}
                        value={item.words}
                        maxLength={TEXT_LIMITS.planItem}
                        dir="auto"
                        // An item just added is ready to be typed in.
                        ref={item.id === added ? focusOnce : undefined}
                        onChange={(e) => change(item.id, e.target.value)}
                      />
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setDraft((d) => d.filter((i) => i.id !== item.id))}
                      >
                        <Icon name="trash" />
                        <span className="visually-hidden">
                          {t('edit.remove', { words: item.words || name })}
                        </span>
                      </button>
                    </div>
                    {choosingFor === item.id ? (
                      <PictureChooser
                        options={pictures}
                        onChoose={(picture) => {
                          setDraft((d) => d.map((i) => (i.id === item.id ? { ...i, picture } : i)));
                          setChoosingFor(null);
                        }}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
            <button type="button" className="button" onClick={() => add(section)}>
              <Icon name="plus" />
              {t('edit.add', { section: name })}
            </button>
          </fieldset>
        );
      })}
      <div className="plan-editor__save">
        <label htmlFor={reasonId}>{t('edit.reason')}</label>
        <p className="field-hint">{t('edit.reasonHint')}</p>
        <input
          id={reasonId}
          value={reason}
          maxLength={TEXT_LIMITS.planReason}
          dir="auto"
          onChange={(e) => setReason(e.target.value)}
        />
        {isEmptySave && !isChanged ? (
          <p role="status" className="notice">
            {t('edit.nothingChanged')}
          </p>
        ) : null}
        <div className="plan-editor__buttons">
          <button type="submit" className="button button--primary">
            {t('edit.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('edit.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
