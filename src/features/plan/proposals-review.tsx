/**
 * "Update support plan": the suggestions, section by section, each with its picture and words
 * staff can change, and "Accept" or "Drop". Nothing enters the plan unseen: only accepted
 * suggestions are saved, as one new version with a reason, when staff save.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../domain/plan-proposals';
import { TEXT_LIMITS } from '../../domain/text-limits';
import { PLAN_SECTIONS, type PlanItem } from '../../domain/types';
import { PlanItemPicture } from './plan-item-picture';

export interface WordedProposal {
  readonly proposal: Proposal;
  /** Its words in the plan's language. */
  readonly words: string;
}

export interface ProposalsReviewProps {
  readonly proposals: readonly WordedProposal[];
  readonly language: string;
  readonly defaultReason: string;
  readonly newId: () => string;
  readonly onSave: (added: readonly PlanItem[], reason: string) => void;
}

type Decision = 'accept' | 'drop';

const headingIdOf = (section: string) => `plan-review-${section}`;

export function ProposalsReview(props: ProposalsReviewProps) {
  const { proposals, language, defaultReason, newId, onSave } = props;
  const { t } = useTranslation('plan');
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map());
  const [edits, setEdits] = useState<ReadonlyMap<string, string>>(new Map());
  const [reason, setReason] = useState(defaultReason);
  const [isNoneAccepted, setIsNoneAccepted] = useState(false);
  const reasonId = useId();
  const wordsOf = (p: WordedProposal) => edits.get(p.proposal.key) ?? p.words;
  const decide = (key: string, decision: Decision) =>
    setDecisions((d) => new Map(d).set(key, decision));
  const accepted = proposals.filter(
    (p) => decisions.get(p.proposal.key) === 'accept' && wordsOf(p).trim() !== '',
  );
  const dropped = proposals.filter((p) => decisions.get(p.proposal.key) === 'drop').length;
  const open = proposals.length - accepted.length - dropped;
  return (
    <form
      className="plan-review"
      onSubmit={(e) => {
        e.preventDefault();
        if (accepted.length === 0) return setIsNoneAccepted(true);
        onSave(
          accepted.map((p) => ({
            id: newId(),
            section: p.proposal.section,
            words: wordsOf(p).trim(),
            picture: p.proposal.picture,
          })),
          reason,
        );
      }}
    >
      {PLAN_SECTIONS.map((section) => {
        const inSection = proposals.filter((p) => p.proposal.section === section);
        if (inSection.length === 0) return null;
        const headingId = headingIdOf(section);
        return (
          <section key={section} className="panel plan-review__section" aria-labelledby={headingId}>
            <h2 id={headingId}>{t(`sections.${section}`)}</h2>
            <ul className="plan-review__list" lang={language}>
              {inSection.map((p) => {
                const decision = decisions.get(p.proposal.key);
                const wordsId = `${headingId}-${p.proposal.key}`;
                return (
                  <li
                    key={p.proposal.key}
                    className={`plan-review__item plan-review__item--${decision ?? 'open'}`}
                  >
                    <div role="group" aria-labelledby={wordsId} className="plan-review__group">
                      <PlanItemPicture image={p.proposal.picture} />
                      <span id={wordsId} className="visually-hidden">
                        {p.words}
                      </span>
                      <input
                        className="plan-review__words"
                        aria-label={t('update.wordsOf', { words: p.words })}
                        value={wordsOf(p)}
                        maxLength={TEXT_LIMITS.planItem}
                        dir="auto"
                        onChange={(e) =>
                          setEdits((m) => new Map(m).set(p.proposal.key, e.target.value))
                        }
                      />
                      <div className="plan-review__choice">
                        <button
                          type="button"
                          className="choice-toggle"
                          aria-pressed={decision === 'accept'}
                          onClick={() => decide(p.proposal.key, 'accept')}
                        >
                          {t('update.accept')}
                        </button>
                        <button
                          type="button"
                          className="choice-toggle"
                          aria-pressed={decision === 'drop'}
                          onClick={() => decide(p.proposal.key, 'drop')}
                        >
                          {t('update.drop')}
                        </button>
                      </div>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <div className="panel plan-review__save">
        <p role="status">{t('update.count', { accepted: accepted.length, dropped, open })}</p>
        <label htmlFor={reasonId}>{t('edit.reason')}</label>
        <input
          id={reasonId}
          value={reason}
          maxLength={TEXT_LIMITS.planReason}
          dir="auto"
          onChange={(e) => setReason(e.target.value)}
        />
        {isNoneAccepted && accepted.length === 0 ? (
          <p className="notice">{t('update.nothingAccepted')}</p>
        ) : null}
        <button type="submit" className="button button--primary">
          {t('update.save')}
        </button>
      </div>
    </form>
  );
}
