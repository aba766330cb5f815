/**
 * One polite live region per screen for what just happened ("Placed angry in step 2").
 * Always rendered, so screen readers have registered it before the first message arrives.
 */
export interface Announcement {
  readonly id: number;
  readonly text: string;
}

export function LiveRegion({ announcement }: { readonly announcement: Announcement | null }) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement ? <span key={announcement.id}>{announcement.text}</span> : null}
    </div>
  );
}
