/**
 * The person's page: every positive activity agreed in a conversation ("Something good
 * together"), when it was planned for, and whether it has happened (staff tick it).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation, Person, PositiveActivity } from '../../domain/types';
import { useConversationsOf } from '../../storage/hooks';
import { useLibrary } from '../../storage/use-library';
import { markPositiveActivityDone } from '../../storage/together-repo';
import { useSave, type Save } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { dayInWords } from '../../domain/local-day';
import { activityLabel } from './activity-label';
import './conversations.css';

type WithActivity = Conversation & { readonly positive: PositiveActivity };

const hasActivity = (c: Conversation): c is WithActivity => c.positive !== null;

interface ActivityItemProps {
  readonly label: string;
  readonly conversation: WithActivity;
  readonly save: Save;
}

function ActivityItem({ label, conversation, save }: ActivityItemProps) {
  const { t, i18n } = useTranslation();
  const checkId = useId();
  const day = dayInWords(conversation.positive.plannedFor, i18n.language);
  return (
    <li className="positive-list__item">
      <span className="positive-list__what" dir="auto">
        {label}
      </span>
      <span>{day ? t('activities.plannedFor', { date: day }) : t('activities.noDay')}</span>
      <span className="check">
        <input
          id={checkId}
          type="checkbox"
          checked={conversation.positive.doneAt !== null}
          onChange={(event) =>
            save(markPositiveActivityDone(conversation.id, event.target.checked))
          }
        />
        <label htmlFor={checkId}>{t('activities.happened', { activity: label })}</label>
      </span>
    </li>
  );
}

export function PositiveActivitiesPanel({ person }: { readonly person: Person }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const conversations = useConversationsOf(person.id);
  const library = useLibrary(i18n.language);
  const [saveProblem, save] = useSave();
  // Wait for the library too, so a card's word never flashes as "no longer in the library".
  if (conversations === undefined || library === undefined) return null;
  const agreed = conversations.filter(hasActivity);
  // Nothing agreed yet: the page stays quiet rather than showing an empty heading.
  if (agreed.length === 0) return null;
  return (
    <section className="positive-activities" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('activities.heading')}</h2>
      <ul className="positive-list">
        {agreed.map((c) => (
          <ActivityItem
            key={c.id}
            conversation={c}
            save={save}
            label={
              activityLabel(c.positive.activityId, person, library, i18n.language) ??
              t('activities.unknown')
            }
          />
        ))}
      </ul>
      <SaveProblemNotice problem={saveProblem} />
    </section>
  );
}
