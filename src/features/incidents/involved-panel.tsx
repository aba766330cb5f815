import { useTranslation } from 'react-i18next';
import type { NewInvolved } from '../../domain/incidents';
import type { Involved, Person } from '../../domain/types';
import { AddInvolved } from './add-involved';
import type { PeerPicture } from './involved';

export interface InvolvedPanelProps {
  readonly involved: readonly Involved[];
  readonly personName: string;
  readonly nameOf: (involved: Involved) => string;
  /** People with a profile who can be added. */
  readonly people: readonly Person[];
  readonly pictures: readonly PeerPicture[];
  readonly onAdd: (who: NewInvolved) => void;
  readonly onRemove: (involvedId: string) => void;
}

/** Who was involved besides the person: listed, added and taken off. */
export function InvolvedPanel(props: InvolvedPanelProps) {
  const { involved, personName, nameOf, people, pictures, onAdd, onRemove } = props;
  const { t } = useTranslation('incident');
  return (
    <section className="panel involved" aria-labelledby="involved-heading">
      <h2 id="involved-heading">{t('involved.heading')}</h2>
      {involved.length === 0 ? (
        <p className="empty">{t('involved.none', { name: personName })}</p>
      ) : (
        <ul className="involved__list">
          {involved.map((entry) => (
            <li key={entry.id} className="involved__item">
              <span>{nameOf(entry)}</span>
              <span className="involved__kind">{t(`involved.kinds.${entry.kind}`)}</span>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => onRemove(entry.id)}
              >
                {t('involved.remove', { name: nameOf(entry) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('involved.add')}</h3>
      <AddInvolved people={people} pictures={pictures} onAdd={onAdd} />
    </section>
  );
}
