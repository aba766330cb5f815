/** What can be dragged on the storyboard. Drop handlers turn each into a StoryCommand. */
export const DragType = {
  card: 'card',
  placement: 'placement',
  frame: 'frame',
} as const;

export interface CardDragItem {
  readonly cardId: string;
}
export interface PlacementDragItem {
  readonly placementId: string;
  readonly cardId: string;
}
export interface FrameDragItem {
  readonly frameId: string;
  readonly number: number;
}

/** What the person has picked up by tap or keyboard, waiting to be put in a step. */
export type Pick =
  | { readonly kind: 'card'; readonly cardId: string }
  | { readonly kind: 'placement'; readonly placementId: string; readonly cardId: string };
