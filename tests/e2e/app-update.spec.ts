/**
 * Journey: a new version arrives while the app is open in two tabs. Staff accept it in one tab;
 * both tabs reload onto the new version, and what was being typed in the other tab a moment
 * before is all there. Two real builds (the second labelled "B"), served by a small static
 * server whose files are swapped from the first build to the second, as a deploy does.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';

// This journey is about what the service worker does (the config blocks it elsewhere).
// A fresh context for each test: a reused one would keep the last test's service worker caches.
test.use({ serviceWorkers: 'allow', reuseContext: false });

const FIRST_BUILD = process.env.E2E_OUT_DIR ?? 'dist';
/** `npm test` makes the second build once, beside the first (E2E_SECOND_BUILD); else it is made here. */
const GIVEN_SECOND_BUILD = process.env.E2E_SECOND_BUILD;

function secondBuild(): string {
  if (GIVEN_SECOND_BUILD) return GIVEN_SECOND_BUILD;
  const out = mkdtempSync(join(tmpdir(), 'restory-build-b-'));
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
    env: { ...process.env, RESTORY_BUILD: 'B' },
    stdio: 'ignore',
  });
  return out;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `root` as it is on disk at each request, with the app's fallback to index.html. */
function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const wanted = join(root, path);
    const file =
      wanted.startsWith(root) && existsSync(wanted) && statSync(wanted).isFile()
        ? wanted
        : join(root, 'index.html');
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      // The service worker may still be fetching (say, the symbol set) while the test removes
      // the served folder at its end: that is no failure of the app.
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

test('accepting an update in one tab reloads every tab, after the other tab’s typing is saved', async ({
  page,
  context,
}) => {
  test.setTimeout(GIVEN_SECOND_BUILD ? 90_000 : 240_000);
  const served = mkdtempSync(join(tmpdir(), 'restory-served-'));
  const buildB = secondBuild();
  cpSync(FIRST_BUILD, served, { recursive: true });
  const { server, base } = await serve(served);
  try {
    await page.goto(base);
    const people = new PeoplePage(page);
    await expect(people.heading).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await people.addPerson('Sam');
    await people.openPerson('Sam');
    await page.getByRole('button', { name: 'Prepare a conversation', exact: true }).click();
    const note = (tab: typeof page) =>
      tab.getByRole('textbox', { name: 'What happened (staff only)', exact: true });
    await expect(note(page)).toBeVisible();
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(note(other)).toBeVisible();
    await page.goto(`${base}/settings`);
    await expect(page.getByText('Version 0.1.0', { exact: true })).toBeVisible();

    // The new version is deployed; this tab looks for it and offers it.
    cpSync(buildB, served, { recursive: true, force: true });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(page.getByText('An update is ready.', { exact: true })).toBeVisible();

    // The other tab is typing when the update is accepted here.
    const words = 'Plates were dropped at lunch. Sam went out to the garden.';
    await note(other).pressSequentially(words);
    const otherReloaded = other.waitForEvent('load');
    await page.getByRole('button', { name: 'Update now', exact: true }).click();

    await expect(page.getByText('Version 0.1.0 (build B)', { exact: true })).toBeVisible();
    await otherReloaded;
    await expect(note(other)).toHaveValue(words);
    await other.goto(`${base}/settings`);
    await expect(other.getByText('Version 0.1.0 (build B)', { exact: true })).toBeVisible();
  } finally {
    server.close();
    rmSync(served, { recursive: true, force: true });
    if (buildB !== GIVEN_SECOND_BUILD) rmSync(buildB, { recursive: true, force: true });
  }
});
