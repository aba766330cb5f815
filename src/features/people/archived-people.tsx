import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../domain/types';
import { unarchivePerson } from '../../storage/people-repo';

export interface ArchivedPeopleProps {
  readonly people: readonly Person[];
  readonly announce: (text: string) => void;
}

/** Archived people, folded away under the People list, each one tap from coming back. */
export function ArchivedPeople({ people, announce }: ArchivedPeopleProps) {
  const { t } = useTranslation('profile');
  if (people.length === 0) return null;

  async function unarchive(person: Person) {
    await unarchivePerson(person.id);
    announce(t('summary.unarchived', { name: person.displayName }));
  }

  return (
    <details className="archived-people">
      <summary>{t('archived.show', { count: people.length })}</summary>
      <ul className="people-list" aria-label={t('archived.list')}>
        {people.map((person) => (
          <li key={person.id} className="people-list__item" aria-label={person.displayName}>
            <Link className="people-list__name" to={`/people/${person.id}`}>
              {person.displayName}
            </Link>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void unarchive(person)}
            >
              {t('summary.unarchive')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
