/**
 * One of the three versions of a plan to share (issue 11): "Staff version", "Easy read" or
 * "Family version", with "For whom", "Print" and "Share". Printing and sharing note in the
 * plan's circulation which version went to whom. Print CSS gives A4 or Letter pages with page
 * numbers and, on the staff and family versions, "Confidential" and the date on every page.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../lib/router';
import { buildSummary } from '../domain/summary';
import { ContentLanguage, useContentWordsLoaded } from '../i18n/content-language';
import { COMMITMENT_SYMBOLS } from '../domain/plan-proposals';
import {
  PLAN_AUDIENCES,
  type Conversation,
  type Person,
  type Plan,
  type PlanAudience,
  type PlanOutput,
} from '../domain/types';
import {
  EasyReadVersion,
  FamilyVersion,
  StaffVersion,
  type FamilyOutline,
} from '../features/plan/plan-outputs';
import '../features/plan/plan.css';
import { usePrintMark } from '../features/summary/print-mark';
import { printableHtml, shareOrSave } from '../lib/printable-file';
import { useConversation, usePerson } from '../storage/hooks';
import { type Library } from '../storage/use-library';
import { notePlanShared } from '../storage/plans-repo';
import { usePlan } from '../storage/use-plan';
import { useSave } from '../storage/use-save';
import { SaveProblemNotice } from '../ui/save-problem-notice';
import { NotFound } from './not-found';
import { useStoryLibrary } from './use-story-library';

const OUTPUTS: Readonly<Record<string, PlanOutput>> = {
  staff: 'staff',
  'easy-read': 'easyRead',
  family: 'family',
};
const FOR_WHOM: Readonly<Record<PlanOutput, PlanAudience>> = {
  staff: 'staff',
  easyRead: 'individual',
  family: 'family',
};

export function PlanOutputScreen() {
  const { t } = useTranslation('plan');
  const { personId, output: outputName } = useParams();
  const output = OUTPUTS[outputName ?? ''];
  const person = usePerson(personId);
  const plan = usePlan(personId);
  if (person === undefined || plan === undefined) return null;
  if (person === null || output === undefined) return <NotFound message={t('notFound')} />;
  return (
    <section className="screen plan-screen">
      <Link className="back-link" to={`/people/${person.id}/plan`} data-screen-only>
        {t('backToPlan')}
      </Link>
      {plan === null || plan.versions.length === 0 ? (
        <p className="empty">{t('output.noVersion')}</p>
      ) : (
        <Output person={person} plan={plan} output={output} />
      )}
    </section>
  );
}

function Output({
  person,
  plan,
  output,
}: {
  readonly person: Person;
  readonly plan: Plan;
  readonly output: PlanOutput;
}) {
  const { t, i18n } = useTranslation('plan');
  const [audience, setAudience] = useState<PlanAudience>(FOR_WHOM[output]);
  const [isShareFailed, setIsShareFailed] = useState(false);
  const [saveProblem, save] = useSave();
  const printed = useRef<HTMLDivElement>(null);
  const audienceId = useId();
  const mark = useCallback(() => {
    const date = new Date().toLocaleString(i18n.language, { dateStyle: 'long' });
    return output === 'easyRead'
      ? t('output.printedOn', { date })
      : t('output.confidential', { date });
  }, [output, t, i18n.language]);
  usePrintMark(mark);
  const note = (how: 'print' | 'share' | 'download') =>
    save(notePlanShared(person.id, { output, audience, how }));
  const share = async () => {
    if (!printed.current) return;
    setIsShareFailed(false);
    const title = t(`actions.${output}`);
    try {
      const html = await printableHtml({
        element: printed.current,
        title,
        language: person.language,
        pageMark: mark(),
      });
      // The file name never holds the person's name: downloads folders are not private.
      const day = new Date().toISOString().slice(0, 10);
      const how = await shareOrSave(html, `support-plan-${outputFile(output)}-${day}.html`, title);
      if (how !== 'cancelled') note(how);
    } catch {
      setIsShareFailed(true);
    }
  };
  return (
    <>
      <div className="plan-output__controls" data-screen-only>
        <label htmlFor={audienceId}>{t('output.audience')}</label>
        <select
          id={audienceId}
          value={audience}
          onChange={(e) => setAudience(e.target.value as PlanAudience)}
        >
          {PLAN_AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {t(`circulation.audiencesTitle.${a}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            note('print');
            window.print();
          }}
        >
          {t('actions.print')}
        </button>
        <button type="button" className="button" onClick={() => void share()}>
          {t('actions.share')}
        </button>
        <p className="field-hint">{t('output.shareHint')}</p>
        {isShareFailed ? <p className="notice">{t('output.shareFailed')}</p> : null}
        <SaveProblemNotice problem={saveProblem} />
      </div>
      <div ref={printed}>
        {output === 'staff' ? (
          <StaffVersion plan={plan} name={person.displayName} language={person.language} />
        ) : null}
        {output === 'easyRead' ? <EasyRead plan={plan} person={person} /> : null}
        {output === 'family' ? <Family person={person} plan={plan} /> : null}
      </div>
    </>
  );
}

function outputFile(output: PlanOutput): string {
  return output === 'easyRead' ? 'easy-read' : output;
}

/** The family version, with its outline from the conversation the plan was last updated from. */
function Family({ person, plan }: { readonly person: Person; readonly plan: Plan }) {
  const source = plan.versions.findLast((v) => v.conversationId !== null)?.conversationId;
  const conversation = useConversation(source ?? undefined);
  const library = useStoryLibrary(conversation ?? null, person);
  const { t } = useTranslation('plan');
  const outline = useMemo(
    () =>
      familyOutline(conversation ?? null, person, library, (c) => t(`proposals.commitments.${c}`)),
    [conversation, person, library, t],
  );
  if (source && (conversation === undefined || library === undefined)) return null;
  return (
    <FamilyVersion
      plan={plan}
      name={person.displayName}
      language={person.language}
      outline={outline}
    />
  );
}

function familyOutline(
  conversation: Conversation | null,
  person: Person,
  library: Library | undefined,
  commitmentWords: (c: Conversation['commitments'][number]) => string,
): FamilyOutline {
  if (!conversation || !library) return { happenedOn: null, agreed: [], weWillDo: [] };
  // Only what the individual chose and staff agreed: never the staff note or safeguarding.
  const summary = buildSummary({
    conversation,
    person,
    cards: library.cards,
    language: person.language,
  });
  const pictureOf = (cardId: string) => library.cards.get(cardId)?.image ?? null;
  const agreed = [
    ...summary.repairs.flatMap((r) =>
      r.label ? [{ words: r.label, picture: pictureOf(r.cardId) }] : [],
    ),
    ...(summary.positive?.label
      ? [
          {
            words: summary.positive.label,
            picture:
              person.likes.find((l) => l.id === summary.positive?.activityId)?.image ??
              pictureOf(summary.positive.activityId),
          },
        ]
      : []),
  ];
  return {
    happenedOn: conversation.completedAt ?? conversation.startedAt ?? conversation.updatedAt,
    agreed,
    weWillDo: summary.commitments.map((c) => ({
      words: commitmentWords(c),
      picture: { kind: 'symbol', symbol: COMMITMENT_SYMBOLS[c] },
    })),
  };
}

const EASY_READ_WORDS = ['plan'] as const;

/** The easy-read plan is the person's: in their language and grammatical gender. */
function EasyRead({ plan, person }: { readonly plan: Plan; readonly person: Person }) {
  const isLoaded = useContentWordsLoaded(person.language, EASY_READ_WORDS);
  if (!isLoaded) return null;
  return (
    <ContentLanguage language={person.language} gender={person.grammaticalGender}>
      <EasyReadVersion plan={plan} name={person.displayName} language={person.language} />
    </ContentLanguage>
  );
}
