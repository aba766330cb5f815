/**
 * Line icons for acting it out, drawn like src/ui/icons.tsx. Always decorative: the control
 * that holds one carries the words.
 */
const paths = {
  speaker: 'M4 9v6h4l5 4V5L8 9H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11',
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
  bubblePlus: 'M4 5h16v11H10l-4 4v-4H4V5zM12 8v5M9.5 10.5h5',
} as const;

export function ActingIcon({ name }: { readonly name: keyof typeof paths }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={paths[name]} />
    </svg>
  );
}

/** Said or thought: the two bubble shapes of comic-strip conversations. */
export function shapeOf(kind: string): 'said' | 'thought' {
  return kind.endsWith('thought') ? 'thought' : 'said';
}
