/**
 * New record ids: random UUIDs, so that records made on different tablets (and merged from a
 * backup) never collide. Storage uses it for new records, the storyboard for the placements,
 * frames and bubbles that a command creates.
 */
export function newId(): string {
  return crypto.randomUUID();
}
