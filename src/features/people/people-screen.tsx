import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../lib/router';
import type { WayIn } from '../../storage/conversations-repo';
import { usePeople } from '../../storage/hooks';
import { addPerson } from '../../storage/people-repo';
import { useSave } from '../../storage/use-save';
import { LiveRegion } from '../../ui/live-region';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { useAnnouncer } from '../../ui/use-announcer';
import { AddPersonForm } from './add-person-form';
import { ArchivedPeople } from './archived-people';
import { PersonPicture } from './person-picture';

/** Where "Start together" goes on to. */
function pathOf({ conversationId, next }: WayIn): string {
  return next === 'ready'
    ? `/conversations/${conversationId}/ready`
    : `/together/${conversationId}`;
}

export function PeopleScreen() {
  const { t } = useTranslation();
  const everyone = usePeople();
  // Archived people stay on the tablet but leave the list; ArchivedPeople brings them back.
  const people = everyone?.filter((person) => person.archivedAt === null);
  const navigate = useNavigate();
  const [announcement, announce] = useAnnouncer();
  const [saveProblem, save] = useSave();

  function add(name: string): Promise<unknown> {
    const write = addPerson(name);
    save(write, () => announce(t('people.added', { name: name.trim() })));
    return write;
  }

  // The one way in: a prepared conversation goes on through "Are we ready?"; otherwise a new
  // one opens in Together (startOrContinueTogether).
  // The conversations' code loads when one starts, not with the first screen.
  function beginWith(personId: string) {
    const write = import('../../storage/conversations-repo').then((conversations) =>
      conversations.startOrContinueTogether(personId),
    );
    save(write, () => void write.then((way) => navigate(pathOf(way))));
  }

  return (
    <section className="screen">
      <h1>{t('people.heading')}</h1>
      <AddPersonForm onAdd={add} />
      <SaveProblemNotice problem={saveProblem} />
      {people === undefined ? null : people.length === 0 ? (
        <p className="empty">{t('people.empty')}</p>
      ) : (
        <ul className="people-list" aria-label={t('people.listLabel')}>
          {people.map((person) => (
            <li key={person.id} className="people-list__item" aria-label={person.displayName}>
              <PersonPicture picture={person.picture} isReadWhenSeen />
              <Link className="people-list__name" to={`/people/${person.id}`} dir="auto">
                {person.displayName}
              </Link>
              <button type="button" className="button" onClick={() => beginWith(person.id)}>
                {t('people.startTogether')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ArchivedPeople
        people={everyone?.filter((person) => person.archivedAt !== null) ?? []}
        announce={announce}
        save={save}
      />
      <LiveRegion announcement={announcement} />
    </section>
  );
}
