// Renders public/favicon.svg into the PNG icons the manifest and iPad need, with Debian's
// Chromium (no image library needed). Run by hand when the icon changes: `node scripts/make-icons.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import chromiumSettings from './chromium.json' with { type: 'json' };

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const outputs = [
  { file: 'pwa-64x64.png', size: 64, padding: 0 },
  { file: 'pwa-192x192.png', size: 192, padding: 0 },
  { file: 'pwa-512x512.png', size: 512, padding: 0 },
  { file: 'apple-touch-icon-180x180.png', size: 180, padding: 0, square: true },
  // Maskable icons keep their artwork inside the central 80% safe zone.
  { file: 'maskable-icon-512x512.png', size: 512, padding: 0.1, square: true },
];
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? chromiumSettings.executablePath,
  args: chromiumSettings.args,
});
const page = await browser.newPage();
for (const { file, size, padding, square } of outputs) {
  const body = square ? svg.replace('rx="112"', 'rx="0"') : svg;
  const inset = Math.round(size * padding);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:${square ? '#2f5d62' : 'transparent'}">
       <div style="width:${size - 2 * inset}px;height:${size - 2 * inset}px;margin:${inset}px">${body}</div>
     </body></html>`,
  );
  const png = await page.screenshot({
    omitBackground: !square,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  writeFileSync(new URL(`../public/${file}`, import.meta.url), png);
  console.log(`public/${file}`);
}
await browser.close();
