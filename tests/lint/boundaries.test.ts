/**
 * Proves that the layer and cycle rules in eslint.config.js bite (HOUSE-STYLE.md, habit 1): probe
 * files at nested paths are linted with the real config, and every forbidden import must be
 * reported. The probes exist only in memory (ESLint's lintText with a file path); imports resolve
 * to the real files under src. Type-aware parsing is turned off for the probes, since a file the
 * TypeScript project does not know cannot be type-checked; the boundary and cycle rules do not
 * need types. The cycle probe stands in for a real file (database.ts), so that a real file can
 * import it back.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const LAYER_RULES = new Set([
  'boundaries/dependencies',
  'boundaries/no-unknown-files',
  'import-x/no-cycle',
  'no-restricted-imports',
]);

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    // The layer probes need no cycle check, and it would walk the app's whole import graph.
    { files: ['**/probe.*'], rules: { 'import-x/no-cycle': 'off' } },
  ],
});

/** The layer and cycle findings for `code` linted as if it were the file at `filePath`. */
async function layerFindings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${filePath}: ${fatal.message}`);
  return messages.filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId)).map((m) => m.ruleId!);
}

/** Whether a relative import names a real file, so that a probe fails for its layer, not a typo. */
function isRealFile(filePath: string, target: string): boolean {
  if (!target.startsWith('.')) return true;
  const base = join(root, dirname(filePath), target);
  return ['.ts', '.tsx'].some((extension) => existsSync(base + extension));
}

// The first lint loads the config, the parser and the resolver: allow for a busy machine.
const SLOW = 30_000;

describe('forbidden imports are reported, at any folder depth', () => {
  it.each([
    // A feature never imports another feature, nor the app.
    ['src/features/people/deep/nested/probe.ts', '../../../storyboard/storyboard'],
    ['src/features/people/deep/nested/probe.ts', '../../../../app/app'],
    ['src/features/people/probe.ts', '../storyboard/storyboard'],
    // Features use storage through repositories and hooks only.
    ['src/features/people/probe.ts', '../../storage/db'],
    ['src/features/people/deep/probe.ts', '../../../storage/database'],
    ['src/features/people/probe.ts', '../../storage/migrations/v3-together-steps'],
    ['src/features/people/probe.ts', '../../storage/catalogue'],
    // Storage may use domain only.
    ['src/storage/sub/probe.ts', '../../features/people/people-screen'],
    ['src/storage/sub/deeper/probe.ts', '../../../ui/picture'],
    ['src/storage/probe.ts', '../lib/speech'],
    // Domain uses nothing of ours, and no React.
    ['src/domain/x/probe.ts', '../../storage/people-repo'],
    ['src/domain/x/probe.ts', '../../lib/speech'],
    ['src/domain/x/probe.ts', 'react'],
    // ui: no feature or app, and of storage only media-repo.
    ['src/ui/x/probe.ts', '../../storage/db'],
    ['src/ui/x/probe.ts', '../../storage/people-repo'],
    ['src/ui/x/y/probe.ts', '../../../features/people/people-screen'],
    // lib and i18n: no feature, app, storage or ui.
    ['src/lib/x/probe.ts', '../../ui/picture'],
    ['src/lib/x/probe.ts', '../../storage/hooks'],
    ['src/i18n/x/probe.ts', '../../app/app'],
    // Only storage talks to Dexie.
    ['src/features/people/x/probe.ts', 'dexie'],
    ['src/ui/probe.ts', 'dexie-react-hooks'],
    // Tests' fixtures are for tests.
    ['src/features/people/x/probe.ts', '../../../../tests/fixtures/builders'],
  ])('%s importing %s', { timeout: SLOW }, async (filePath, target) => {
    expect(isRealFile(filePath, target)).toBe(true);
    const findings = await layerFindings(
      filePath,
      `import * as probe from '${target}';\nexport { probe };\n`,
    );
    expect(findings).toHaveLength(1);
  });

  it('reports a file in a folder that belongs to no layer', { timeout: SLOW }, async () => {
    expect(await layerFindings('src/helpers/probe.ts', 'export const probe = 1;\n')).toEqual([
      'boundaries/no-unknown-files',
    ]);
  });

  it('reports an import cycle through another folder', { timeout: SLOW }, async () => {
    // restore-backup (a real file) imports database, so database importing it closes a cycle.
    const code = `import * as probe from './backup/restore-backup';\nexport { probe };\n`;
    expect(await layerFindings('src/storage/database.ts', code)).toEqual(['import-x/no-cycle']);
  });
});

describe('allowed imports pass', () => {
  it.each([
    ['src/features/people/deep/nested/probe.ts', '../../../../storage/people-repo'],
    ['src/features/people/probe.ts', '../../storage/hooks'],
    ['src/features/people/probe.ts', '../../ui/picture'],
    ['src/features/people/deep/probe.ts', '../people-screen'],
    ['src/features/people/probe.test.ts', '../../storage/database'],
    ['src/app/x/probe.tsx', '../../features/people/people-screen'],
    ['src/main.tsx', './storage/database'],
    ['src/ui/x/probe.ts', '../../storage/media-repo'],
    ['src/storage/x/probe.ts', '../../domain/types'],
    ['src/storage/x/probe.ts', 'dexie'],
  ])('%s importing %s', { timeout: SLOW }, async (filePath, target) => {
    const code = `import * as probe from '${target}';\nexport { probe };\n`;
    expect(await layerFindings(filePath, code)).toEqual([]);
  });
});
