/**
 * Where own photos live (issue 14, point 3): a shared "Photos" board (pictures of staff and
 * places, for everyone) and a personal one per person (photos of them, shown only for them).
 * Their ids are persisted names: never change them without a migration.
 *
 * Together's tray shows them as ONE "Photos" tab with the person's profile photos: the person
 * looks for "my photos", not for where staff happened to keep each one. The tab follows the
 * "Photos" choice at Welcome: when the person did not choose photos, none of them is offered
 * (a story that already uses one still shows it, as every card stays readable by id).
 */
import type { Library } from './library';
import type { Board } from './types';

/** The shared Photos board (persisted id). */
export const SHARED_PHOTOS_BOARD = 'board-photos';
const PERSONAL_PREFIX = 'board-photos-';

/** One person's own Photos board (persisted id pattern). */
export function personalPhotosBoardId(personId: string): string {
  return `${PERSONAL_PREFIX}${personId}`;
}

/** The Photos board a new photo goes on: the person's own, or the shared one for everyone. */
export function photosBoardIdFor(personId: string | null): string {
  return personId === null ? SHARED_PHOTOS_BOARD : personalPhotosBoardId(personId);
}

/** Whether a board is a Photos board (shared or anyone's), which the tray folds into one tab. */
export function isPhotosBoard(boardId: string): boolean {
  return boardId === SHARED_PHOTOS_BOARD || boardId.startsWith(PERSONAL_PREFIX);
}

/** The id of a person's one "Photos" tab in Together's tray (not stored). */
export function photosTabId(personId: string): string {
  return `photos:${personId}`;
}

export interface PhotosTab {
  readonly personId: string;
  /** The profile's photo cards, first in the tab (personal-cards.ts makes them). */
  readonly profilePhotoIds: readonly string[];
  readonly isOffered: boolean;
  /** The tab's name in the person's language. */
  readonly labels: Board['labels'];
  readonly colour: string;
  readonly order: number;
  /** The tab comes just after this board (first when the library has none). */
  readonly afterBoardId: string;
}

/**
 * The library with its Photos boards folded into one "Photos" tab for one person: their profile
 * photos, then their own Photos board, then the shared one, each card once. No tab when photos
 * are not offered or there are none.
 */
export function withOnePhotosTab(library: Library, tab: PhotosTab): Library {
  const boardOf = (id: string) => library.boards.find((b) => b.id === id)?.cardIds ?? [];
  // Every Photos board leaves the tabs: other people's are never shown, own and shared fold in.
  const boards = library.boards.filter((b) => !isPhotosBoard(b.id));
  const cardIds = [
    ...new Set([
      ...tab.profilePhotoIds,
      ...boardOf(personalPhotosBoardId(tab.personId)),
      ...boardOf(SHARED_PHOTOS_BOARD),
    ]),
  ].filter((id) => library.cards.has(id));
  if (!tab.isOffered || cardIds.length === 0) return { ...library, boards };
  const photos: Board = {
    id: photosTabId(tab.personId),
    labels: tab.labels,
    colour: tab.colour,
    order: tab.order,
    cardIds,
    origin: 'staff',
    createdAt: 0,
    updatedAt: 0,
  };
  boards.splice(boards.findIndex((b) => b.id === tab.afterBoardId) + 1, 0, photos);
  return { ...library, boards };
}
