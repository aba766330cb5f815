/**
 * An incident (issue 13): its details, safeguarding, who was involved and its conversations.
 * Staff-only from top to bottom; every field is saved as it is typed.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from '../lib/router';
import { labelFor } from '../domain/labels';
import { starterBoardId } from '../domain/starter-content';
import type { Involved } from '../domain/types';
import { IncidentConversations } from '../features/incidents/incident-conversations';
import { IncidentDetails } from '../features/incidents/incident-details';
import { nameOfInvolved, type PeerPicture } from '../features/incidents/involved';
import { InvolvedPanel } from '../features/incidents/involved-panel';
import { SafeguardingFields } from '../features/incidents/safeguarding-fields';
import '../features/incidents/incidents.css';
import { usePeople, usePerson } from '../storage/hooks';
import { useLibrary, type Library } from '../storage/use-library';
import { useConversationsOfIncident, useIncident } from '../storage/use-incidents';
import {
  addInvolvedPerson,
  prepareIncidentConversation,
  removeInvolvedPerson,
  saveIncidentDetails,
  saveSafeguarding,
  talkWithAffected,
} from '../storage/incidents-repo';
import { planMeeting } from '../storage/meeting-repo';
import { useSave } from '../storage/use-save';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { NotFound } from './not-found';

const PEOPLE_BOARD = starterBoardId('people');

function peoplePictures(library: Library | undefined, language: string): PeerPicture[] {
  const board = library?.boards.find((b) => b.id === PEOPLE_BOARD);
  return (board?.cardIds ?? []).flatMap((cardId) => {
    const card = library?.cards.get(cardId);
    if (card?.image.kind !== 'symbol') return [];
    return [{ cardId, label: labelFor(card.labels, language), symbol: card.image.symbol }];
  });
}

export function IncidentScreen() {
  const { t, i18n } = useTranslation('incident');
  const { incidentId } = useParams();
  const incident = useIncident(incidentId);
  const person = usePerson(incident?.personId);
  const people = usePeople();
  const conversations = useConversationsOfIncident(incidentId);
  const library = useLibrary(i18n.language);
  const navigate = useNavigate();
  const [saveProblem, save] = useSave();

  if (incident === undefined || person === undefined || people === undefined) return null;
  if (incident === null || person === null) return <NotFound message={t('notFound')} />;
  const nameOf = (entry: Involved) => nameOfInvolved(entry, people, t('conversations.someone'));
  const prepare = () => {
    const write = prepareIncidentConversation(incident.id);
    save(write, () => void write.then((id) => navigate(`/conversations/${id}/prepare`)));
  };
  const talk = (involvedId: string) => {
    const write = talkWithAffected(incident.id, involvedId);
    save(
      write,
      () =>
        void write.then(({ conversationId: id, next }) =>
          navigate(next === 'debrief' ? `/conversations/${id}/debrief` : `/together/${id}`),
        ),
    );
  };
  const meeting = () => {
    const write = planMeeting(incident.id);
    save(write, () => void write.then((id) => navigate(`/conversations/${id}/meeting`)));
  };
  const addable = people.filter(
    (p) =>
      p.id !== person.id &&
      !incident.involved.some((i) => i.kind === 'person' && i.personId === p.id),
  );
  return (
    <section className="screen incident">
      <Link className="back-link" to={`/people/${person.id}`}>
        {t('backToPerson', { name: person.displayName })}
      </Link>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('forPerson', { name: person.displayName })}</p>
      <p className="field-hint">{t('staffOnly')}</p>
      <SaveProblemNotice problem={saveProblem} />
      <IncidentDetails
        incident={incident}
        onSave={(changes) => save(saveIncidentDetails(incident.id, changes))}
      />
      <SafeguardingFields
        safeguarding={incident.safeguarding}
        onSave={(changes) => {
          const write = saveSafeguarding(incident.id, changes);
          save(write);
          return write;
        }}
      />
      <InvolvedPanel
        involved={incident.involved}
        personName={person.displayName}
        nameOf={nameOf}
        people={addable}
        pictures={peoplePictures(library, i18n.language)}
        onAdd={(who) => save(addInvolvedPerson(incident.id, who))}
        onRemove={(id) => save(removeInvolvedPerson(incident.id, id))}
      />
      <IncidentConversations
        conversations={conversations ?? []}
        involved={incident.involved}
        personName={person.displayName}
        nameOf={nameOf}
        onPrepare={prepare}
        onTalk={talk}
        onMeeting={meeting}
      />
    </section>
  );
}
