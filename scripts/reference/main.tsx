/// <reference types="vite-plugin-pwa/client" />
/**
 * The benchmark's reference (`npm run bench`, issue 17): the least a page built on Restory's
 * stack does — React renders a "People" heading and a list read from a Dexie database, and a
 * vite-plugin-pwa service worker precaches it. Restory's first paint is measured against this
 * page's in the same run, so a slower machine slows both alike.
 */
import Dexie, { type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';

interface Person {
  readonly id: string;
  readonly name: string;
}

const db = new Dexie('reference') as Dexie & { people: EntityTable<Person, 'id'> };
db.version(1).stores({ people: 'id' });

function People() {
  const people = useLiveQuery(() => db.people.toArray());
  return (
    <main>
      <h1>People</h1>
      {people?.length === 0 ? <p>No one here yet.</p> : null}
      <ul>
        {people?.map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <People />
    </StrictMode>,
  );
}
void registerSW({ immediate: true });
