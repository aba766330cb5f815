/** Makers of new records with every field set, used by repositories and by migrations. */
import { createFrame } from './storyboard';
import {
  DEFAULT_COMMUNICATION,
  EMPTY_WELCOME,
  type Conversation,
  type ConversationKind,
  type ConversationStatus,
  type Person,
  type TogetherStep,
} from './types';

export function makePerson(
  id: string,
  displayName: string,
  language: string,
  time: number,
): Person {
  return {
    id,
    displayName,
    language,
    picture: null,
    communication: DEFAULT_COMMUNICATION,
    likes: [],
    calming: [],
    feelings: [],
    archivedAt: null,
    createdAt: time,
    updatedAt: time,
  };
}

/** What a conversation holds for the steps after "What happened?" before anything is chosen. */
export const TOGETHER_DEFAULTS = {
  welcome: EMPTY_WELCOME,
  feelings: [],
  feelingsFrameId: null,
  links: [],
  affected: [],
  strategies: [],
  commitments: [],
  commitmentNote: '',
  positive: null,
  staffNotes: '',
} as const satisfies Partial<Conversation>;

export interface NewConversation {
  readonly id: string;
  readonly personId: string;
  readonly firstFrameId: string;
  readonly status: ConversationStatus;
  readonly time: number;
  /** The incident it belongs to, and whose conversation it is there (default: none, own). */
  readonly incidentId?: string | null;
  readonly kind?: ConversationKind;
  readonly withWho?: string | null;
  /** Where it opens in Together (conversation-kinds.ts gives each kind's first step). */
  readonly step?: TogetherStep;
}

export function makeConversation({
  id,
  personId,
  firstFrameId,
  status,
  time,
  incidentId = null,
  kind = 'own',
  withWho = null,
  step = 'welcome',
}: NewConversation): Conversation {
  return {
    id,
    personId,
    incidentId,
    kind,
    withWho,
    answers: {},
    status,
    step,
    story: [createFrame(firstFrameId)],
    preparation: null,
    readiness: {},
    rescheduledFor: '',
    isOnBreak: false,
    startedAt: status === 'in-progress' ? time : null,
    completedAt: null,
    ...TOGETHER_DEFAULTS,
    revision: 0,
    createdAt: time,
    updatedAt: time,
  };
}
