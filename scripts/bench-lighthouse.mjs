// Lighthouse 12 on the built app and on the bare reference page (scripts/reference), in the same
// run, on a tablet profile: 1180×820 at 2×, simulated slow 4G and a 4× slower processor (the
// issue's profile). Each page is measured three times from a cold, empty profile (Lighthouse
// clears its storage before each run) and the medians are printed; our largest contentful paint
// is also given as a ratio of the reference's, so a busy machine slows both alike.
//
// Used by `npm run bench` (bench.mjs); `node scripts/bench-lighthouse.mjs` runs it alone after
// `npx vite build`.
import { execSync, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import chromiumSettings from './chromium.json' with { type: 'json' };

const RUNS = 3;
const APP_PORT = 4191;
const REFERENCE_PORT = 4192;

/** The tablet: 1180×820 at 2×, slow 4G and a 4× slower processor, simulated. */
const TABLET = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 1180, height: 820, deviceScaleFactor: 2 },
    throttlingMethod: 'simulate',
    throttling: {
      rttMs: 150,
      throughputKbps: 1638.4,
      requestLatencyMs: 562.5,
      downloadThroughputKbps: 1474.56,
      uploadThroughputKbps: 675,
      cpuSlowdownMultiplier: 4,
    },
  },
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function serve(args, port) {
  const server = spawn('npx', ['vite', 'preview', ...args, '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(base)).ok) return { base, stop: () => process.kill(-server.pid) };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  process.kill(-server.pid);
  throw new Error(`Nothing answered on ${base}`);
}

/** One Lighthouse run: scores out of 100, LCP and TBT in ms, CLS, and the JS bytes sent. */
async function measure(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, TABLET);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scripts = (lhr.audits['network-requests']?.details?.items ?? []).filter(
    (item) => item.resourceType === 'Script',
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    scriptKb: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1024,
  };
}

function medians(runs) {
  const keys = Object.keys(runs[0]);
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))]));
}

/** Builds the reference, serves both pages and measures each RUNS times, alternating. */
export async function lighthouseFigures() {
  execSync('npx vite build --config scripts/reference/vite.config.ts', { stdio: 'ignore' });
  const app = await serve([], APP_PORT);
  const reference = await serve(['--config', 'scripts/reference/vite.config.ts'], REFERENCE_PORT);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromiumSettings.executablePath,
    chromeFlags: chromiumSettings.args,
  });
  try {
    const ours = [];
    const bare = [];
    for (let i = 0; i < RUNS; i += 1) {
      ours.push(await measure(app.base, chrome.port));
      bare.push(await measure(reference.base, chrome.port));
    }
    const restory = medians(ours);
    const referencePage = medians(bare);
    return { restory, reference: referencePage, lcpRatio: restory.lcp / referencePage.lcp };
  } finally {
    await chrome.kill();
    app.stop();
    reference.stop();
  }
}

export function lighthouseLines({ restory, reference, lcpRatio }) {
  const line = (name, f) =>
    `${name}: performance ${f.performance}, accessibility ${f.accessibility}, best practices ${f.bestPractices}; LCP ${Math.round(f.lcp)} ms, TBT ${Math.round(f.tbt)} ms, CLS ${f.cls.toFixed(3)}; JavaScript sent ${f.scriptKb.toFixed(1)} KB`;
  return [
    `Lighthouse 12, tablet (1180×820 at 2×, slow 4G, 4× CPU), median of ${RUNS}:`,
    `  ${line('Restory', restory)}`,
    `  ${line('reference (React + Dexie + vite-plugin-pwa)', reference)}`,
    `  LCP ratio Restory / reference: ${lcpRatio.toFixed(2)} (target ≤ 1.3)`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const text of lighthouseLines(await lighthouseFigures())) console.log(text);
}
