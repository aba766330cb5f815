import { useId, useState, type SyntheticEvent } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { TOGETHER_LIMITS } from '../../domain/together';
import type { AffectedWho } from '../../domain/types';
import type { WhoLookOf } from './who-look';
import { WhoToggle } from './who-toggle';

export interface SomeoneElseProps {
  /** People board cards not already offered from the story. */
  readonly cardIds: readonly string[];
  readonly lookOf: WhoLookOf;
  readonly isMarked: (who: AffectedWho) => boolean;
  readonly onToggle: (who: AffectedWho) => void;
  readonly onAddName: (name: string) => void;
}

/**
 * "Someone else": a disclosure with the people pictures and, for staff, a name to type. It
 * opens by itself when one of its pictures is already marked, so the choice is never hidden.
 */
export function SomeoneElse({ cardIds, lookOf, isMarked, onToggle, onAddName }: SomeoneElseProps) {
  const { t } = useContentTranslation('affected');
  const panelId = useId();
  const [isOpen, setOpen] = useState(() =>
    cardIds.some((cardId) => isMarked({ kind: 'card', cardId })),
  );
  return (
    <section className="affected__block">
      <button
        type="button"
        className="button affected__more"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen(!isOpen)}
      >
        {t('someoneElse.toggle')}
      </button>
      <div id={panelId} hidden={!isOpen} className="affected__more-panel">
        {cardIds.length === 0 ? (
          <p className="affected__hint">{t('someoneElse.noPictures')}</p>
        ) : (
          <ul data-scan-group="" className="affected__grid" aria-label={t('someoneElse.pictures')}>
            {cardIds.map((cardId) => {
              const who: AffectedWho = { kind: 'card', cardId };
              return (
                <li key={cardId}>
                  <WhoToggle
                    look={lookOf(who)}
                    size="small"
                    isMarked={isMarked(who)}
                    onToggle={() => onToggle(who)}
                  />
                </li>
              );
            })}
          </ul>
        )}
        <NameForm onAdd={onAddName} />
      </div>
    </section>
  );
}

/** Staff type a name; the text is only a draft until "Add" stores it. */
function NameForm({ onAdd }: { readonly onAdd: (name: string) => void }) {
  const { t } = useContentTranslation('affected');
  const id = useId();
  const [name, setName] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    onAdd(name);
    setName('');
  };
  return (
    <form className="field affected__name" onSubmit={submit}>
      <label htmlFor={id} className="field__label">
        {t('someoneElse.name')}
      </label>
      <div className="affected__name-row">
        <input
          id={id}
          className="field__input"
          value={name}
          maxLength={TOGETHER_LIMITS.name}
          autoComplete="off"
          dir="auto"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button">
          {t('someoneElse.add')}
        </button>
      </div>
    </form>
  );
}
