/**
 * "What can help next time?": the individual says what they needed when it started, chooses
 * what could help them (strategy cards and their own calming cards) and may tie each to one of
 * their feelings ("When I feel angry, I can ask for a break"); staff choose what they will do
 * differently. One question at a time, so the page asks one thing and fits the screen: the
 * questions are named at the top (any can be opened) and "Next question" goes on; the one open
 * is stored, so a reload returns to it. Every tap is stored at once and everything shown is read
 * from the conversation.
 */
import {
  feelingsHad,
  feelingTiedTo,
  needsOf,
  nextTimePartsAsked,
} from '../../domain/together-plan';
import type { Conversation, NextTimePart, Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';
import { chooseNeed, tieStrategyToFeeling } from '../../storage/together-plan-repo';
import {
  chooseCommitment,
  chooseStrategy,
  saveCommitmentNote,
  showNextQuestion,
  showNextTimePart,
} from '../../storage/together-repo';
import { calmingChoices, feelingChoices, needChoices, strategyChoices } from './help-choice';
import { NeedsChoices } from './needs-choices';
import { NextTimeParts } from './next-time-parts';
import { StaffCommitments } from './staff-commitments';
import { StrategyChoices } from './strategy-choices';
import { StrategyFeelings } from './strategy-feelings';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import './next-time.css';

export interface NextTimeStepProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  /** The person's language, for their cards and speech. */
  readonly language: string;
}

export function NextTimeStep({ conversation, person, library, language }: NextTimeStepProps) {
  const [saveProblem, save] = useSave();
  const { id } = conversation;
  const speakIn = person?.communication.speech === true ? language : null;
  const strategies = strategyChoices(library, language);
  const calming = calmingChoices(person?.calming ?? []);
  const chosen = conversation.strategies.flatMap(
    (s) => [...strategies, ...calming].find((c) => c.id === s) ?? [],
  );
  const needs = needChoices(library, language);
  const feelings = feelingChoices(library, feelingsHad(conversation), language);
  // A question with nothing to ask is left out: no needs board, no feelings to tie to, or
  // nothing chosen to tie yet.
  const offered: NextTimePart[] = [
    ...(needs.length > 0 ? (['needs'] as const) : []),
    'strategies',
    ...(feelings.length > 0 ? (['ties'] as const) : []),
    'staff',
  ];
  const parts = nextTimePartsAsked(conversation, offered).filter(
    (p) => p !== 'ties' || chosen.length > 0,
  );
  const stored = conversation.nextTimePart;
  const part =
    stored !== undefined && parts.includes(stored)
      ? stored
      : stored === 'ties'
        ? 'staff'
        : (parts[0] ?? 'strategies');
  return (
    <div className="next-time">
      <NextTimeParts
        parts={parts}
        current={part}
        onShow={(shown) => save(showNextTimePart(id, shown))}
        onNext={() => save(showNextQuestion(id, offered, part))}
      >
        {part === 'needs' ? (
          <NeedsChoices
            needs={needs}
            chosenIds={needsOf(conversation)}
            language={language}
            speakIn={speakIn}
            onToggle={(needId) => save(chooseNeed(id, needId))}
          />
        ) : null}
        {part === 'strategies' ? (
          <StrategyChoices
            strategies={strategies}
            calming={calming}
            chosenIds={conversation.strategies}
            language={language}
            onToggle={(strategyId) => save(chooseStrategy(id, strategyId))}
          />
        ) : null}
        {part === 'ties' ? (
          <StrategyFeelings
            strategies={chosen}
            feelings={feelings}
            feelingOf={(strategyId) => feelingTiedTo(conversation, strategyId)}
            speakIn={speakIn}
            onTie={(strategyId, feelingId) => save(tieStrategyToFeeling(id, strategyId, feelingId))}
          />
        ) : null}
        {part === 'staff' ? (
          <StaffCommitments
            chosen={conversation.commitments}
            note={conversation.commitmentNote}
            onToggle={(commitment) => save(chooseCommitment(id, commitment))}
            onSaveNote={(note) => save(saveCommitmentNote(id, note))}
          />
        ) : null}
      </NextTimeParts>
      <SaveProblemNotice problem={saveProblem} />
    </div>
  );
}
