import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileCard } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { Picture } from '../../ui/picture';
import { SymbolChoices, type SymbolGroup } from './symbol-choices';

export interface ProfileCardsEditorProps {
  readonly heading: string;
  readonly hint: string;
  readonly cards: readonly ProfileCard[];
  readonly groups: readonly SymbolGroup[];
  /** The person's content language: the cards' words are in it. */
  readonly language: string;
  readonly onChange: (cards: ProfileCard[]) => void;
  readonly newId: () => string;
}

/** A list of picture cards with words (likes, or what calms): add one, remove one. */
export function ProfileCardsEditor(props: ProfileCardsEditorProps) {
  const { heading, hint, cards, groups, language, onChange, newId } = props;
  const { t } = useTranslation('profile');
  const id = useId();
  const [text, setText] = useState('');
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [symbol, setSymbol] = useState<string | null>(null);
  const group = groups.find((g) => g.id === groupId);

  function add() {
    if (text.trim() === '') return;
    const image = symbol ? ({ kind: 'symbol', symbol } as const) : null;
    onChange([...cards, { id: newId(), text: text.trim(), image }]);
    setText('');
    setSymbol(null);
  }

  return (
    <fieldset className="profile-section profile-cards">
      <legend>{heading}</legend>
      <p className="field-hint">{hint}</p>
      {cards.length === 0 ? <p className="empty">{t('cards.empty')}</p> : null}
      <ul className="profile-cards__list" aria-label={heading} lang={language}>
        {cards.map((card) => (
          <li key={card.id} className="profile-cards__item">
            <Picture
              src={card.image?.kind === 'symbol' ? symbolUrl(card.image.symbol) : undefined}
              label={card.text}
              size="small"
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(cards.filter((c) => c.id !== card.id))}
            >
              {t('cards.remove', { text: card.text })}
            </button>
          </li>
        ))}
      </ul>
      <div className="profile-cards__new">
        <label htmlFor={`${id}-text`}>{t('cards.text')}</label>
        <input
          id={`${id}-text`}
          type="text"
          lang={language}
          autoComplete="off"
          dir="auto"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the card rather than submitting the whole profile.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <label htmlFor={`${id}-kind`}>{t('cards.kind')}</label>
        <select id={`${id}-kind`} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.label}
            </option>
          ))}
        </select>
        {group ? (
          <SymbolChoices
            label={t('cards.pictures')}
            group={group}
            selected={symbol}
            onChoose={(choice) => setSymbol(symbol === choice.symbol ? null : choice.symbol)}
          />
        ) : null}
        <button type="button" className="button" onClick={add}>
          {t('cards.add')}
        </button>
      </div>
    </fieldset>
  );
}
