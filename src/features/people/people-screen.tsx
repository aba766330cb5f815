import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { startConversation } from '../../storage/conversations-repo';
import { usePeople } from '../../storage/hooks';
import { addPerson } from '../../storage/people-repo';
import { LiveRegion } from '../../ui/live-region';
import { useAnnouncer } from '../../ui/use-announcer';
import { AddPersonForm } from './add-person-form';
import { ArchivedPeople } from './archived-people';
import { PersonPicture } from './person-picture';

export function PeopleScreen() {
  const { t } = useTranslation();
  const everyone = usePeople();
  // Archived people stay on the tablet but leave the list; ArchivedPeople brings them back.
  const people = everyone?.filter((person) => person.archivedAt === null);
  const navigate = useNavigate();
  const [announcement, announce] = useAnnouncer();

  async function add(name: string) {
    await addPerson(name);
    announce(t('people.added', { name: name.trim() }));
  }

  async function startTogether(personId: string) {
    const conversationId = await startConversation(personId);
    await navigate(`/together/${conversationId}`);
  }

  return (
    <section className="screen">
      <h1>{t('people.heading')}</h1>
      <AddPersonForm onAdd={add} />
      {people === undefined ? null : people.length === 0 ? (
        <p className="empty">{t('people.empty')}</p>
      ) : (
        <ul className="people-list" aria-label={t('people.listLabel')}>
          {people.map((person) => (
            <li key={person.id} className="people-list__item" aria-label={person.displayName}>
              <PersonPicture picture={person.picture} />
              <Link className="people-list__name" to={`/people/${person.id}`}>
                {person.displayName}
              </Link>
              <button
                type="button"
                className="button"
                onClick={() => void startTogether(person.id)}
              >
                {t('people.startTogether')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ArchivedPeople
        people={everyone?.filter((person) => person.archivedAt !== null) ?? []}
        announce={announce}
      />
      <LiveRegion announcement={announcement} />
    </section>
  );
}
