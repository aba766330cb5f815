/** A colleague's debrief after an incident: staff-only, never in Together or an easy-read output. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../lib/router';
import { DebriefForm } from '../features/incidents/debrief-form';
import { nameOfInvolved } from '../features/incidents/involved';
import { finishDebrief, saveAnswerText } from '../storage/answers-repo';
import { useConversation, usePeople } from '../storage/hooks';
import { useIncident } from '../storage/use-incidents';
import { useSave } from '../storage/use-save';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { NotFound } from './not-found';

export function DebriefScreen() {
  const { t } = useTranslation('incident');
  const { conversationId } = useParams();
  const conversation = useConversation(conversationId);
  const incident = useIncident(conversation?.incidentId ?? undefined);
  const people = usePeople();
  const [saveProblem, save] = useSave();

  if (conversation === undefined || incident === undefined || people === undefined) return null;
  if (conversation === null || conversation.kind !== 'debrief') {
    return <NotFound message={t('notFound')} />;
  }
  const who = incident?.involved.find((i) => i.id === conversation.withWho);
  const name = who ? nameOfInvolved(who, people, '') : '';
  const back = incident ? `/incidents/${incident.id}` : `/people/${conversation.personId}`;
  return (
    <section className="screen debrief">
      <Link className="back-link" to={back}>
        {t('debrief.back')}
      </Link>
      <h1>{t('debrief.heading', { name })}</h1>
      <p className="field-hint">{t('debrief.intro')}</p>
      <SaveProblemNotice problem={saveProblem} />
      <DebriefForm
        conversation={conversation}
        onSave={(question, text) => save(saveAnswerText(conversation.id, question, text))}
      />
      <div className="actions">
        {conversation.status === 'completed' ? (
          <p>{t('debrief.finished')}</p>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => save(finishDebrief(conversation.id))}
          >
            {t('debrief.finish')}
          </button>
        )}
      </div>
    </section>
  );
}
