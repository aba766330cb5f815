/**
 * The checks of a backup as a whole, after each row passed its schema: no id twice in a table,
 * a one-person backup holds its person, and every record's references resolve — every
 * conversation's person, and every picture a record points at, is in the file.
 */
import { BackupError } from './backup-error';
import type { BackupFile } from './backup-schema';

const refuse = (detail: string): never => {
  throw new BackupError('not-a-backup', detail);
};

export function checkUniqueIds(file: BackupFile): void {
  const { settings, ...rest } = file.tables;
  const lists = [
    ...Object.values(rest).map((rows) => rows.map((r) => r.id)),
    settings.map((s) => s.key),
  ];
  if (lists.some((ids) => new Set(ids).size !== ids.length)) refuse('duplicate ids');
  const { scope } = file;
  if (scope !== 'all' && !file.tables.people.some((p) => p.id === scope.personId)) {
    refuse('person missing');
  }
}

/** Every person a conversation belongs to, and every picture a record points at, is in the file. */
export function checkReferences(file: BackupFile): void {
  const { people, conversations, media, cards, overrides, incidents, plans, stories } = file.tables;
  const personIds = new Set(people.map((p) => p.id));
  const ownerIds = new Set([...personIds, ...conversations.map((c) => c.id)]);
  const mediaIds = new Set(media.map((m) => m.id));
  for (const conversation of conversations) {
    if (!personIds.has(conversation.personId)) refuse('a conversation without its person');
    for (const feeling of conversation.feelings) {
      if (feeling.drawingMediaId !== null && !mediaIds.has(feeling.drawingMediaId))
        refuse('a drawing missing');
    }
  }
  const incidentIds = new Set(incidents.map((i) => i.id));
  for (const incident of incidents) {
    if (!personIds.has(incident.personId)) refuse('an incident without its person');
  }
  for (const plan of plans) {
    if (!personIds.has(plan.personId)) refuse('a support plan without its person');
  }
  for (const story of stories) {
    if (!personIds.has(story.personId)) refuse('a social story without its person');
  }
  for (const conversation of conversations) {
    if (conversation.incidentId !== null && !incidentIds.has(conversation.incidentId))
      refuse('a conversation without its incident');
  }
  for (const person of people) {
    const images = [
      person.picture,
      ...person.likes.map((c) => c.image),
      ...person.calming.map((c) => c.image),
    ];
    for (const image of images) {
      if (image?.kind === 'media' && !mediaIds.has(image.mediaId)) refuse('a picture missing');
    }
  }
  for (const card of [...cards, ...overrides]) {
    if (card.image?.kind === 'media' && !mediaIds.has(card.image.mediaId))
      refuse('a card’s picture missing');
  }
  for (const item of media) {
    if (item.ownerId !== null && !ownerIds.has(item.ownerId)) refuse('a picture without its owner');
  }
}
