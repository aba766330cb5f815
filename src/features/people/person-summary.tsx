/** The top of a person's page: picture, name (the page heading), key facts and profile actions. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../lib/router';
import type { Communication, Person } from '../../domain/types';
import { archivePerson, deletePersonEverywhere, unarchivePerson } from '../../storage/people-repo';
import { useSave } from '../../storage/use-save';
import { LiveRegion } from '../../ui/live-region';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { useAnnouncer } from '../../ui/use-announcer';
import { useSeconds } from './communication-fields';
import { DeletePerson } from './delete-person';
import { languageName } from './languages';
import { PersonPicture } from './person-picture';
import './profile.css';

const COMMUNICATION_KEYS = ['symbols', 'photos', 'readsText', 'speech'] as const;

function useCommunicationWords(communication: Communication): string[] {
  const { t } = useTranslation('profile');
  const seconds = useSeconds();
  const words = COMMUNICATION_KEYS.filter((key) => communication[key]).map((key) =>
    t(`communication.${key}`),
  );
  const scan = communication.switchScan ?? 0;
  return scan === 0 ? words : [...words, t('communication.scanOn', { seconds: seconds(scan) })];
}

export function PersonSummary({ person }: { readonly person: Person }) {
  const { t } = useTranslation('profile');
  const navigate = useNavigate();
  const [announcement, announce] = useAnnouncer();
  const [saveProblem, save] = useSave();
  const name = person.displayName;
  const isArchived = person.archivedAt !== null;
  const communication = useCommunicationWords(person.communication);
  const list = (items: readonly { text: string }[]) =>
    items.length ? items.map((item) => item.text).join(', ') : t('summary.nothingYet');

  const toggleArchive = () =>
    save(isArchived ? unarchivePerson(person.id) : archivePerson(person.id), () =>
      announce(t(isArchived ? 'summary.unarchived' : 'summary.archived', { name })),
    );

  async function erase() {
    await deletePersonEverywhere(person.id);
    navigate('/');
  }

  return (
    <header className="person-summary">
      <div className="person-summary__title">
        <PersonPicture picture={person.picture} />
        <h1 dir="auto">{name}</h1>
      </div>
      {isArchived ? <p className="person-summary__note">{t('summary.archivedNote')}</p> : null}
      <dl className="person-summary__facts">
        <dt>{t('summary.language')}</dt>
        <dd lang={person.language}>{languageName(person.language)}</dd>
        <dt>{t('summary.communication')}</dt>
        <dd>{communication.length ? communication.join(', ') : t('summary.nothingYet')}</dd>
        <dt>{t('summary.likes')}</dt>
        <dd lang={person.language}>{list(person.likes)}</dd>
        <dt>{t('summary.calming')}</dt>
        <dd lang={person.language}>{list(person.calming)}</dd>
      </dl>
      <div className="actions">
        <Link className="button" to={`/people/${person.id}/profile`}>
          {t('summary.edit')}
        </Link>
        <button type="button" className="button button--quiet" onClick={toggleArchive}>
          {isArchived ? t('summary.unarchive') : t('summary.archive')}
        </button>
        <DeletePerson name={name} onDelete={erase} />
      </div>
      <SaveProblemNotice problem={saveProblem} />
      <LiveRegion announcement={announcement} />
    </header>
  );
}
