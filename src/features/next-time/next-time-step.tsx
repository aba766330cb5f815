/**
 * "What can help next time?": the individual says what they needed when it started, chooses
 * what could help them (strategy cards and their own calming cards) and may tie each to one of
 * their feelings ("When I feel angry, I can ask for a break"); staff choose what they will do
 * differently. Every tap is stored at once and everything shown is read from the conversation.
 */
import { feelingsHad, feelingTiedTo, needsOf } from '../../domain/together-plan';
import type { Conversation, Person } from '../../domain/types';
import type { Library } from '../../storage/hooks';
import { chooseNeed, tieStrategyToFeeling } from '../../storage/together-plan-repo';
import { chooseCommitment, chooseStrategy, saveCommitmentNote } from '../../storage/together-repo';
import { calmingChoices, feelingChoices, needChoices, strategyChoices } from './help-choice';
import { NeedsChoices } from './needs-choices';
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
  return (
    <div className="next-time">
      <NeedsChoices
        needs={needChoices(library, language)}
        chosenIds={needsOf(conversation)}
        language={language}
        speakIn={speakIn}
        onToggle={(needId) => save(chooseNeed(id, needId))}
      />
      <StrategyChoices
        strategies={strategies}
        calming={calming}
        chosenIds={conversation.strategies}
        language={language}
        onToggle={(strategyId) => save(chooseStrategy(id, strategyId))}
      />
      <StrategyFeelings
        strategies={chosen}
        feelings={feelingChoices(library, feelingsHad(conversation), language)}
        feelingOf={(strategyId) => feelingTiedTo(conversation, strategyId)}
        speakIn={speakIn}
        onTie={(strategyId, feelingId) => save(tieStrategyToFeeling(id, strategyId, feelingId))}
      />
      <StaffCommitments
        chosen={conversation.commitments}
        note={conversation.commitmentNote}
        onToggle={(commitment) => save(chooseCommitment(id, commitment))}
        onSaveNote={(note) => save(saveCommitmentNote(id, note))}
      />
      <SaveProblemNotice problem={saveProblem} />
    </div>
  );
}
