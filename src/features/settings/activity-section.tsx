/** Settings → Activity log: who is using the tablet now, and who did what to which records. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../domain/types';
import {
  MAX_STAFF_NAME_LENGTH,
  saveStaffName,
  useAuditLog,
  useStaffName,
} from '../../storage/audit-repo';
import { usePeople } from '../../storage/hooks';
import { useSave } from '../../storage/use-save';
import { SavedTextField } from '../../ui/saved-text-field';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import './activity-section.css';

type LineKey =
  | 'created-person'
  | 'changed-person'
  | 'deleted-person'
  | 'exported-person'
  | 'created-conversation'
  | 'changed-conversation'
  | 'deleted-conversation'
  | 'exported-backup'
  | 'restored-backup'
  | 'created-incident'
  | 'changed-incident'
  | 'created-plan'
  | 'changed-plan'
  | 'exported-plan'
  | 'created-story'
  | 'changed-story'
  | 'exported-story'
  | 'deleted-story';

const LINE_KEYS: ReadonlySet<string> = new Set<LineKey>([
  'created-person',
  'changed-person',
  'deleted-person',
  'exported-person',
  'created-conversation',
  'changed-conversation',
  'deleted-conversation',
  'exported-backup',
  'restored-backup',
  'created-incident',
  'changed-incident',
  'created-plan',
  'changed-plan',
  'exported-plan',
  'created-story',
  'changed-story',
  'exported-story',
  'deleted-story',
]);

function lineKeyOf(entry: AuditEntry): LineKey | null {
  const key = `${entry.action}-${entry.subject}`;
  return LINE_KEYS.has(key) ? (key as LineKey) : null;
}

export function ActivitySection() {
  const { t, i18n } = useTranslation('activity');
  const headingId = useId();
  const staffName = useStaffName();
  const entries = useAuditLog();
  const people = usePeople();
  const [saveProblem, save] = useSave();
  const names = new Map((people ?? []).map((p) => [p.id, p.displayName]));
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  const describe = (entry: AuditEntry) => {
    const who = entry.actor === '' ? t('someone') : entry.actor;
    const person =
      entry.personId === null
        ? t('erasedPerson')
        : (names.get(entry.personId) ?? t('erasedPerson'));
    const key = lineKeyOf(entry);
    return key
      ? t(`lines.${key}`, { who, person })
      : t('lines.other', { who, action: entry.action, subject: entry.subject });
  };

  return (
    <section aria-labelledby={headingId} className="panel activity-section">
      <h2 id={headingId}>{t('heading')}</h2>
      <p>{t('intro')}</p>
      {staffName === undefined ? null : (
        <SavedTextField
          label={t('name')}
          hint={t('nameHint')}
          value={staffName}
          maxLength={MAX_STAFF_NAME_LENGTH}
          onSave={(name) => save(saveStaffName(name))}
        />
      )}
      <SaveProblemNotice problem={saveProblem} />
      {entries?.length === 0 ? <p>{t('empty')}</p> : null}
      <ol className="activity-section__list">
        {(entries ?? []).map((entry) => (
          <li key={entry.id}>
            <time dateTime={new Date(entry.at).toISOString()}>{format.format(entry.at)}</time>{' '}
            {describe(entry)}
          </li>
        ))}
      </ol>
    </section>
  );
}
