/**
 * "Update support plan" (issue 11): from a finished conversation (or, for a first plan, from the
 * profile) the suggestions it makes that the plan does not say yet; staff accept, edit or drop
 * each, and the accepted ones are saved as one new version that names the conversation.
 * Without a source chosen, the person's finished conversations are listed to choose from.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from '../lib/router';
import { newId } from '../domain/ids';
import { isInPlan, proposeFromConversation, proposeFromProfile } from '../domain/plan-proposals';
import type { Conversation, Person, Plan } from '../domain/types';
import { useProposalWords } from '../features/plan/plan-words';
import { ProposalsReview } from '../features/plan/proposals-review';
import { useStaffDate } from '../i18n/use-staff-date';
import '../features/plan/plan.css';
import { useConversation, useConversationsOf, usePerson } from '../storage/hooks';
import { savePlanVersion } from '../storage/plans-repo';
import { usePlan } from '../storage/use-plan';
import { useSave } from '../storage/use-save';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { NotFound } from './not-found';
import { useStoryLibrary } from './use-story-library';

export function PlanUpdateScreen() {
  const { t } = useTranslation('plan');
  const { personId } = useParams();
  const [search] = useSearchParams();
  const from = search.get('from');
  const person = usePerson(personId);
  const plan = usePlan(personId);

  if (person === undefined || plan === undefined) return null;
  if (person === null) return <NotFound message={t('notFound')} />;
  return (
    <section className="screen plan-screen">
      <Link className="back-link" to={`/people/${person.id}/plan`}>
        {t('backToPlan')}
      </Link>
      <h1>{t('update.heading')}</h1>
      {from === null ? (
        <ChooseConversation person={person} />
      ) : (
        <Review person={person} plan={plan} from={from} />
      )}
    </section>
  );
}

function finishedOwn(list: readonly Conversation[]): Conversation[] {
  return list.filter((c) => c.status === 'completed' && c.kind === 'own');
}

function ChooseConversation({ person }: { readonly person: Person }) {
  const { t } = useTranslation('plan');
  const conversations = useConversationsOf(person.id);
  const date = useStaffDate();
  if (conversations === undefined) return null;
  const finished = finishedOwn(conversations);
  return (
    <section className="panel" aria-labelledby="plan-choose-heading">
      <h2 id="plan-choose-heading">{t('update.choose')}</h2>
      {finished.length === 0 ? (
        <p className="empty">{t('update.noFinished')}</p>
      ) : (
        <ul className="plan-choose">
          {finished.map((c) => (
            <li key={c.id}>
              <Link className="button" to={`?from=${c.id}`}>
                {t('update.conversationOn', { date: date(c.completedAt ?? c.updatedAt) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link className="button" to={`/people/${person.id}/plan/update?from=profile`}>
        {t('update.fromProfile')}
      </Link>
    </section>
  );
}

function Review({
  person,
  plan,
  from,
}: {
  readonly person: Person;
  readonly plan: Plan | null;
  readonly from: string;
}) {
  const { t } = useTranslation('plan');
  const isProfile = from === 'profile';
  const conversation = useConversation(isProfile ? undefined : from);
  const library = useStoryLibrary(isProfile ? null : conversation, person);
  const wordsOf = useProposalWords();
  const navigate = useNavigate();
  const [saveProblem, save] = useSave();
  const date = useStaffDate();
  const items = plan?.items;
  const proposals = useMemo(() => {
    if (isProfile) return proposeFromProfile(person);
    if (!conversation || !library) return null;
    return proposeFromConversation({
      conversation,
      person,
      cards: library.cards,
      language: person.language,
    });
  }, [isProfile, person, conversation, library]);

  if (!isProfile && (conversation === undefined || library === undefined)) return null;
  if (!isProfile && (!conversation || conversation.personId !== person.id))
    return <NotFound message={t('notFound')} />;
  if (proposals === null) return null;
  const worded = proposals
    .map((proposal) => ({ proposal, words: wordsOf(proposal) }))
    .filter((p) => !isInPlan(items ?? [], p.proposal.section, p.words));
  const when = conversation ? date(conversation.completedAt ?? conversation.updatedAt) : '';
  return (
    <>
      <p className="plan-update__source">
        {isProfile ? t('update.fromProfile') : t('update.fromConversation', { date: when })}
      </p>
      <p className="field-hint">{isProfile ? t('update.introProfile') : t('update.intro')}</p>
      <SaveProblemNotice problem={saveProblem} />
      {worded.length === 0 ? (
        <p className="empty">{t('update.none')}</p>
      ) : (
        <ProposalsReview
          proposals={worded}
          language={person.language}
          defaultReason={
            isProfile ? t('update.reasonProfile') : t('update.reasonDefault', { date: when })
          }
          newId={newId}
          onSave={(added, reason) =>
            save(
              savePlanVersion(person.id, [...(items ?? []), ...added], {
                reason,
                conversationId: isProfile ? null : from,
              }),
              () => navigate(`/people/${person.id}/plan`),
            )
          }
        />
      )}
    </>
  );
}
