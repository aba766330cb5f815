/**
 * "What can help next time?": the individual chooses what could help them (strategy cards and
 * their own calming cards); staff choose what they will do differently. Every tap is stored at
 * once and everything shown is read from the conversation.
 */
import type { Conversation, Person } from '../../domain/types';
import type { Library } from '../../storage/hooks';
import { chooseCommitment, chooseStrategy, saveCommitmentNote } from '../../storage/together-repo';
import { calmingChoices, strategyChoices } from './help-choice';
import { StaffCommitments } from './staff-commitments';
import { StrategyChoices } from './strategy-choices';
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
  return (
    <div className="next-time">
      <StrategyChoices
        strategies={strategyChoices(library, language)}
        calming={calmingChoices(person?.calming ?? [])}
        chosenIds={conversation.strategies}
        language={language}
        onToggle={(strategyId) => save(chooseStrategy(id, strategyId))}
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
