import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewInvolved } from '../../domain/incidents';
import type { InvolvedKind, Person } from '../../domain/types';
import { INVOLVED_KINDS } from '../../domain/types';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { PEOPLE_SYMBOL } from './peer-picture';
import { PeerPictureChoice } from './peer-picture-choice';
import type { PeerPicture } from './involved';

export interface AddInvolvedProps {
  /** People with a profile who can be added (not the incident's own person). */
  readonly people: readonly Person[];
  readonly pictures: readonly PeerPicture[];
  readonly onAdd: (who: NewInvolved) => void;
}

const KIND_LABELS = {
  person: 'involved.addPerson',
  peer: 'involved.addPeer',
  colleague: 'involved.addColleague',
} as const;

/** Adds someone involved: a person with a profile, a peer (a name and a picture), a colleague. */
export function AddInvolved({ people, pictures, onAdd }: AddInvolvedProps) {
  const { t } = useTranslation('incident');
  const nameId = useId();
  const [kind, setKind] = useState<InvolvedKind>('peer');
  const [personId, setPersonId] = useState('');
  const [name, setName] = useState('');
  const [cardId, setCardId] = useState<string | null>(null);
  const chosenPerson = personId || people[0]?.id || '';
  const canAdd = kind === 'person' ? chosenPerson !== '' : name.trim() !== '';
  const add = () => {
    if (!canAdd) return;
    if (kind === 'person') onAdd({ kind, personId: chosenPerson });
    else onAdd(kind === 'peer' ? { kind, name, cardId } : { kind, name });
    setName('');
    setCardId(null);
  };
  return (
    <div className="involved__add">
      <fieldset className="choice-row">
        <legend>{t('involved.addKind')}</legend>
        {INVOLVED_KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="radio"
              name="involved-kind"
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <span>{t(KIND_LABELS[k])}</span>
          </label>
        ))}
      </fieldset>
      {kind === 'person' ? (
        people.length === 0 ? (
          <p className="empty">{t('involved.noOtherPeople')}</p>
        ) : (
          <label className="field">
            <span className="field__label">{t('involved.choosePerson')}</span>
            <select
              className="field__input"
              value={chosenPerson}
              onChange={(e) => setPersonId(e.target.value)}
            >
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </label>
        )
      ) : (
        <div className="field">
          <label className="field__label" htmlFor={nameId}>
            {t('involved.name')}
          </label>
          <input
            id={nameId}
            className="field__input"
            type="text"
            dir="auto"
            value={name}
            maxLength={TEXT_LIMITS.involvedName}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      )}
      {kind === 'peer' ? (
        <PeerPictureChoice
          pictures={pictures}
          selected={cardId}
          onChoose={setCardId}
          defaultSymbol={PEOPLE_SYMBOL}
        />
      ) : null}
      <div>
        <button type="button" className="button" disabled={!canAdd} onClick={add}>
          {t('involved.addButton')}
        </button>
      </div>
    </div>
  );
}
