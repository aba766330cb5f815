/**
 * "Who was affected?": the individual marks who was affected (themselves, people in their story,
 * people staff named, someone else) and how each might have felt. Everything shown is read from
 * `conversation.affected`; every tap is stored at once.
 */
import { STARTER_BOARDS } from '../../domain/starter-content';
import { sameWho } from '../../domain/together';
import type { AffectedWho, Conversation, Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';
import { markAffected, setAffectedFeelingOf, unmarkAffected } from '../../storage/together-repo';
import { AffectedFeelings } from './affected-feelings';
import { mainCandidates, otherPeopleCards } from './candidates';
import { SomeoneElse } from './someone-else';
import { useSave } from '../../storage/use-save';
import { SaveProblemNotice } from '../../ui/save-problem-notice';
import { WhoChoices } from './who-choices';
import { useCardLook, useWhoLook } from './who-look';
import './affected.css';

export interface AffectedStepProps {
  readonly conversation: Conversation;
  readonly person: Person | null;
  readonly library: Library;
  /** The person's language, for their cards and speech. */
  readonly language: string;
}

/** The feeling cards in their board's order; any feeling card when that board is gone. */
function feelingCardIds(library: Library): readonly string[] {
  const board = library.boards.find((b) => b.id === STARTER_BOARDS.feelings);
  if (board) return board.cardIds.filter((id) => library.cards.has(id));
  return [...library.cards.values()].filter((c) => c.kind === 'feeling').map((c) => c.id);
}

export function AffectedStep({ conversation, person, library, language }: AffectedStepProps) {
  const [saveProblem, save] = useSave();
  const whoLook = useWhoLook(library, language, person);
  const cardLook = useCardLook(library, language);
  const { id, affected } = conversation;

  const findMarked = (who: AffectedWho) => affected.find((a) => sameWho(a.who, who));
  const isMarked = (who: AffectedWho) => findMarked(who) !== undefined;
  const toggle = (who: AffectedWho) => {
    const marked = findMarked(who);
    save(marked ? unmarkAffected(id, marked.id) : markAffected(id, who));
  };
  const chooseFeeling = (affectedId: string, cardId: string) => {
    const current = affected.find((a) => a.id === affectedId)?.feelingCardId;
    save(setAffectedFeelingOf(id, affectedId, current === cardId ? null : cardId));
  };

  return (
    <div className="affected">
      <WhoChoices
        candidates={mainCandidates(conversation, library)}
        lookOf={whoLook}
        isMarked={isMarked}
        onToggle={toggle}
      />
      <SomeoneElse
        cardIds={otherPeopleCards(conversation, library)}
        lookOf={whoLook}
        isMarked={isMarked}
        onToggle={toggle}
        onAddName={(name) => save(markAffected(id, { kind: 'named', name }))}
      />
      <AffectedFeelings
        affected={affected}
        feelingIds={feelingCardIds(library)}
        whoLook={whoLook}
        cardLook={cardLook}
        onChoose={chooseFeeling}
      />
      <SaveProblemNotice problem={saveProblem} />
    </div>
  );
}
