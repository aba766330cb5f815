/**
 * Brings the starter content into the database on start. The content files are loaded only when
 * the stored seed version differs from this build's, so a normal start reads one setting.
 */
import { parseStarterContent } from '../domain/starter-content';
import { db } from './database';
import { SEED_VERSION_KEY, seedStarterContent } from './seed';

export async function ensureStarterContent(version: string = __STARTER_VERSION__): Promise<void> {
  const seeded = await db.settings.get(SEED_VERSION_KEY);
  if (seeded?.value === version) return;
  const [symbols, feelings] = await Promise.all([
    import('../../assets/starter/symbols.json'),
    import('../../assets/starter/feelings.json'),
  ]);
  await seedStarterContent(parseStarterContent([symbols.default, feelings.default]), version);
}
