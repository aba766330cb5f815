/**
 * Version 3: the whole Together conversation. Conversations gain the Welcome choices, feelings per
 * step, "I felt … so I …" links, who was affected, strategies, staff commitments, the positive
 * activity and staff notes; every placed picture gains an (empty) list of speech and thought
 * bubbles. No index changes. A conversation already under way keeps its step. The same defaults
 * bring older rows in backups up to date (storage/backup), so both paths stay identical.
 */
import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;

/**
 * The new fields' defaults as version 3 shipped them, frozen here: a later change to the app's
 * defaults must never change what this migration writes.
 */
function v3Defaults(): Row {
  return {
    welcome: { ways: [], isThirdPersonJoining: null, isCalmFirst: null },
    feelings: [],
    links: [],
    affected: [],
    strategies: [],
    commitments: [],
    commitmentNote: '',
    positive: null,
    staffNotes: '',
  };
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fills a version-2 conversation row's missing Together fields in place. */
export function addV3ConversationDefaults(conversation: Row): void {
  for (const [key, value] of Object.entries(v3Defaults())) {
    if (!(key in conversation)) conversation[key] = value;
  }
  const story = conversation['story'];
  if (!Array.isArray(story)) return;
  for (const frame of story) {
    const placements: unknown = isRow(frame) ? frame['placements'] : undefined;
    if (!Array.isArray(placements)) continue;
    for (const placement of placements) {
      if (isRow(placement) && !('bubbles' in placement)) placement['bubbles'] = [];
    }
  }
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx.table('conversations').toCollection().modify(addV3ConversationDefaults);
}
