import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import settings from './scripts/chromium.json' with { type: 'json' };
const base = 'http://127.0.0.1:4284';
const browser = await chromium.launch({ executablePath: settings.executablePath, args: settings.args });
const opts = { baseURL: base, viewport: { width: 1024, height: 768 }, hasTouch: true, locale: 'en-GB', serviceWorkers: 'block' };
const c0 = await browser.newContext(opts); const p0 = await c0.newPage(); await p0.goto('/'); await p0.getByRole('textbox').first().fill('Sam').catch(()=>{}); await p0.getByRole('heading', { name: 'People', level: 1 }).waitFor();
const state = await c0.storageState({ indexedDB: true }); await c0.close();
function cpu() { const l = readFileSync('/proc/stat','utf8').split('\n')[0].split(/\s+/).slice(1).map(Number); return l[0]+l[1]+l[2]+l[5]+l[6]; }
async function round(label, fn, n=8) { const c=cpu(); const t=performance.now(); for (let i=0;i<n;i++) await fn(); console.log(label, 'wall/iter', Math.round((performance.now()-t)/n), 'ms, cpu/iter', Math.round((cpu()-c)*10/n), 'ms'); }
const fresh = async () => { const c = await browser.newContext({ ...opts, storageState: state }); await c.exposeBinding('__x', () => {}); await c.addInitScript(() => {}); const p = await c.newPage(); await p.goto('/'); await p.getByRole('heading', { name: 'People', level: 1 }).waitFor(); await c.close(); };
const shared = await browser.newContext(opts); await shared.exposeBinding('__x', () => {}); await shared.addInitScript(() => {});
const reusePage = await shared.newPage();
const newPageShared = async () => { const p = await shared.newPage(); await p.goto('/'); await p.getByRole('heading', { name: 'People', level: 1 }).waitFor(); await p.close(); };
const samePage = async () => { await reusePage.goto('about:blank'); await reusePage.goto('/'); await reusePage.getByRole('heading', { name: 'People', level: 1 }).waitFor(); };
const reuse = async () => { const c = await browser._newContextForReuse(opts); await c.exposeBinding('__x', () => {}); await c.addInitScript(() => {}); const p = c.pages()[0] ?? await c.newPage(); await p.goto('/'); await p.getByRole('heading', { name: 'People', level: 1 }).waitFor(); await browser._disconnectFromReusedContext('done'); };
const reuseState = async () => { const c = await browser._newContextForReuse(opts); await c.setStorageState(state); await c.exposeBinding('__x', () => {}); await c.addInitScript(() => {}); const p = c.pages()[0] ?? await c.newPage(); await p.goto('/'); await p.getByRole('heading', { name: 'People', level: 1 }).waitFor(); await browser._disconnectFromReusedContext('done'); };
for (let k=0;k<2;k++) { await round('fresh+state', fresh); await round('reuse', reuse); await round('reuse+setStorageState', reuseState); }
await browser.close();
