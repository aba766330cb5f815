/**
 * The built-in activities "Something good together" offers: things to enjoy together, never a
 * chore, lesson, routine or appointment (the activities board also holds those, for telling what
 * happened). An allowlist, so an activity a later catalogue adds is offered only once it is
 * chosen here. Staff's own activity cards and the person's likes are always offered.
 */
export const SOMETHING_GOOD_IDS: ReadonlySet<string> = new Set([
  'starter-reading',
  'starter-drawing',
  'starter-art',
  'starter-music',
  'starter-singing',
  'starter-dancing',
  'starter-sport',
  'starter-football',
  'starter-swimming',
  'starter-cycling',
  'starter-bowling',
  'starter-horse-riding',
  'starter-cooking',
  'starter-snack-time',
  'starter-gardening',
  'starter-computer-time',
  'starter-video-games',
  'starter-board-game',
  'starter-watch-a-film',
  'starter-going-out',
  'starter-party',
]);
