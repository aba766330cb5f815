import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import type { Person } from '../../domain/types';
import { unarchivePerson } from '../../storage/people-repo';
import type { Save } from '../../storage/use-save';

export interface ArchivedPeopleProps {
  readonly people: readonly Person[];
  readonly announce: (text: string) => void;
  /** The screen's save path, which says calmly when a change was not stored. */
  readonly save: Save;
}

/** Archived people, folded away under the People list, each one tap from coming back. */
export function ArchivedPeople({ people, announce, save }: ArchivedPeopleProps) {
  const { t } = useTranslation('profile');
  if (people.length === 0) return null;

  const unarchive = (person: Person) =>
    save(unarchivePerson(person.id), () =>
      announce(t('summary.unarchived', { name: person.displayName })),
    );

  return (
    <details className="archived-people">
      <summary>{t('archived.show', { count: people.length })}</summary>
      <ul className="people-list" aria-label={t('archived.list')}>
        {people.map((person) => (
          <li key={person.id} className="people-list__item" aria-label={person.displayName}>
            <Link className="people-list__name" to={`/people/${person.id}`} dir="auto">
              {person.displayName}
            </Link>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => unarchive(person)}
            >
              {t('summary.unarchive')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
