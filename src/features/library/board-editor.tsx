/**
 * A board's name, colour and, for a new board, who it is for: everyone, or one person (a
 * personal board, shown only in their Together). Colours follow the modified Fitzgerald key the
 * built-in boards use, each named by what it stands for, so colour is never the only signal.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../domain/types';
import { ModalDialog } from '../../ui/modal-dialog';

export const BOARD_COLOURS = {
  yellow: '#FFF3B0',
  green: '#CDEFC4',
  pink: '#FFD6E0',
  brown: '#F5DCC4',
  orange: '#FFDDB5',
  blue: '#CFE6FF',
  purple: '#E4D8FF',
  grey: '#E8E8E8',
} as const;
type ColourName = keyof typeof BOARD_COLOURS;
const COLOUR_NAMES = Object.keys(BOARD_COLOURS) as ColourName[];

export interface BoardChoices {
  readonly name: string;
  readonly colour: string;
  readonly personId: string | null;
}

export interface BoardEditorProps {
  /** The board as it is; absent for a new board. */
  readonly current?: { readonly name: string; readonly colour: string };
  readonly people: readonly Person[];
  /** Who a new board is for at first (the person whose boards are shown). */
  readonly personId: string | null;
  readonly onSave: (choices: BoardChoices) => void;
  readonly onClose: () => void;
}

export function BoardEditor({ current, people, personId, onSave, onClose }: BoardEditorProps) {
  const { t } = useTranslation('library');
  const baseId = useId();
  const [titleId, nameId, forId] = [`${baseId}-title`, `${baseId}-name`, `${baseId}-for`];
  const [name, setName] = useState(current?.name ?? '');
  const [colour, setColour] = useState<string>(current?.colour ?? BOARD_COLOURS.grey);
  const [forWhom, setForWhom] = useState(personId ?? '');
  const [isNameMissing, setNameMissing] = useState(false);

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setNameMissing(true);
      return;
    }
    onSave({ name, colour, personId: forWhom === '' ? null : forWhom });
  }

  const title = current
    ? t('board.editorTitle', { name: current.name })
    : t('board.editorTitleNew');
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <form className="board-editor" onSubmit={submit} noValidate>
        <h2 id={titleId}>{title}</h2>
        <label htmlFor={nameId}>{t('board.name')}</label>
        <input
          id={nameId}
          type="text"
          value={name}
          dir="auto"
          onChange={(e) => {
            setName(e.target.value);
            setNameMissing(false);
          }}
        />
        {isNameMissing ? <p role="alert">{t('board.nameNeeded')}</p> : null}
        <fieldset className="board-editor__colours">
          <legend>{t('board.colour')}</legend>
          {COLOUR_NAMES.map((key) => (
            <label key={key} className="board-editor__colour">
              <input
                type="radio"
                name={baseId}
                checked={colour.toUpperCase() === BOARD_COLOURS[key]}
                onChange={() => setColour(BOARD_COLOURS[key])}
              />
              <span
                className="board-editor__swatch"
                style={{ backgroundColor: BOARD_COLOURS[key] }}
              />
              {t(`board.colours.${key}`)}
            </label>
          ))}
        </fieldset>
        {current ? null : (
          <>
            <label htmlFor={forId}>{t('board.forWhom')}</label>
            <select id={forId} value={forWhom} onChange={(e) => setForWhom(e.target.value)}>
              <option value="">{t('board.everyone')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </select>
          </>
        )}
        <div className="card-editor__actions">
          <button type="submit" className="button button--primary">
            {t('board.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('board.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
