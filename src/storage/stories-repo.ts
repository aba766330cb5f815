/**
 * Writes to a person's social stories (issue 12). A story is made whole (from a template, and
 * perhaps a finished conversation) as its first version; each "Save" adds a version, a whole
 * copy, with who and why. Each write is one user action and one transaction with its line in the
 * activity log. The change is worked out before the transaction and written only if nobody wrote
 * the story in between (its `updatedAt`); writes from one tab to one story run in turn.
 */
import { newRecordId } from './transaction-plans';
import { saveStoryVersion, type StoryContent } from '../domain/story';
import type { Story } from '../domain/types';
import { TEXT_LIMITS } from '../domain/text-limits';
import { noteInAudit } from './audit-repo';
import { db, now } from './database';
import { eraseRecords } from './erase';
import { currentActor } from './staff-actor';
import { WriteQueue } from './write-queue';
import { writeTransaction } from './protection';

const MAX_ATTEMPTS = 5;
const writes = new WriteQueue();

export class StoryNotFoundError extends Error {
  constructor(id: string) {
    super(`Story ${id} was not found`);
    this.name = 'StoryNotFoundError';
  }
}

function cut(content: StoryContent): StoryContent {
  return {
    ...content,
    title: content.title.trim().slice(0, TEXT_LIMITS.storyTitle),
    pages: content.pages.map((page) => ({
      ...page,
      sentences: page.sentences.map((s) => ({
        ...s,
        words: s.words.slice(0, TEXT_LIMITS.storySentence),
      })),
    })),
  };
}

function versionMeta(reason: string) {
  return {
    id: newRecordId(),
    at: now(),
    actor: currentActor(),
    reason: reason.trim().slice(0, TEXT_LIMITS.storyReason),
  };
}

/**
 * Stores a newly made story as its first version. Its person must still be here, and the
 * conversation it was made from, if any.
 */
export async function addStory(story: Story, reason: string): Promise<string> {
  const first = saveStoryVersion({ ...story, versions: [] }, cut(story), versionMeta(reason));
  await writeTransaction([db.people, db.conversations, db.stories, db.audit], async () => {
    if (!(await db.people.get(story.personId)))
      throw new Error(`Person ${story.personId} was not found`);
    if (story.conversationId !== null && !(await db.conversations.get(story.conversationId)))
      throw new Error(`Conversation ${story.conversationId} was not found`);
    await db.stories.add(first);
    await noteInAudit({
      action: 'created',
      subject: 'story',
      recordId: story.id,
      personId: story.personId,
    });
  });
  return story.id;
}

function updateStory(
  id: string,
  change: (current: Story) => Story,
  logged: 'changed' | 'exported',
): Promise<Story> {
  return writes.inTurn(id, async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const current = await db.stories.get(id);
      if (!current) throw new StoryNotFoundError(id);
      const changed = change(current);
      const next: Story = { ...changed, updatedAt: Math.max(now(), current.updatedAt + 1) };
      const written = await writeTransaction([db.stories, db.audit], async () => {
        if ((await db.stories.get(id))?.updatedAt !== current.updatedAt) return false;
        // A print changes nothing in the story: only its line in the log is written.
        if (changed !== current) await db.stories.put(next);
        await noteInAudit({
          action: logged,
          subject: 'story',
          recordId: id,
          personId: next.personId,
        });
        return true;
      });
      if (written) return changed === current ? current : next;
    }
    throw new Error(`Story ${id} kept changing; not saved`);
  });
}

/**
 * Saves the story as `content` says it should now be: a new version, unless nothing changed
 * since the last one (then the story comes back as it was, and nothing is logged).
 */
export async function saveStory(id: string, content: StoryContent, reason: string): Promise<Story> {
  const stored = await db.stories.get(id);
  if (!stored) throw new StoryNotFoundError(id);
  const saved = saveStoryVersion(stored, cut(content), versionMeta(reason));
  if (saved === stored) return stored;
  return updateStory(
    id,
    (current) => saveStoryVersion(current, cut(content), versionMeta(reason)),
    'changed',
  );
}

/** Notes in the activity log that the story was printed (or saved as a PDF). */
export function noteStoryPrinted(id: string): Promise<Story> {
  return updateStory(id, (current) => current, 'exported');
}

/** Deletes a story and every version of it; the activity log keeps that it was deleted. */
export async function deleteStory(id: string): Promise<void> {
  await writeTransaction([db.stories, db.tombstones, db.audit], async () => {
    const story = await db.stories.get(id);
    if (!story) return;
    await eraseRecords('stories', [id]);
    await noteInAudit({
      action: 'deleted',
      subject: 'story',
      recordId: id,
      personId: story.personId,
    });
  });
}
