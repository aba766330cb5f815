/**
 * When a newer version of Restory opens the database in another tab (a schema upgrade), this tab
 * must let go or the upgrade waits forever. Every write here is stored as it happens, so closing
 * loses nothing; the tab then asks to reload. (W3C IndexedDB's advice; Dexie closes by default.)
 */
import { db } from './database';

export function onDatabaseUpgradedElsewhere(callback: () => void): () => void {
  const handler = () => {
    db.close();
    callback();
    // Returning false tells Dexie we handled it (we closed above), so it does not close twice.
    return false;
  };
  db.on('versionchange', handler);
  return () => db.on('versionchange').unsubscribe(handler);
}

/** This tab wants to upgrade but an older tab holds the database open. */
export function onUpgradeBlocked(callback: () => void): () => void {
  const handler = () => callback();
  db.on('blocked', handler);
  return () => db.on('blocked').unsubscribe(handler);
}
