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
  const files = await Promise.all([
    import('../../assets/starter/symbols.json'),
    import('../../assets/starter/feelings.json'),
    import('../../assets/starter/strategies.json'),
    import('../../assets/starter/phrases.json'),
  ]);
  await seedStarterContent(parseStarterContent(files.map((file) => file.default)), version);
}
