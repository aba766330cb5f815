import type { Person } from '../../domain/types';

/** The top of a person's page: their name (the page heading) and, later, their profile. */
export function PersonSummary({ person }: { readonly person: Person }) {
  return (
    <header className="person-summary">
      <h1>{person.displayName}</h1>
    </header>
  );
}
