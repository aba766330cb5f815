/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import {
  contentSecurityPolicy,
  CONTENT_SECURITY_POLICY_HEADER,
} from './scripts/content-security-policy.ts';
import {
  curatedSymbols,
  isPrecachedSymbol,
  openmojiSymbols,
} from './scripts/vite-plugin-openmoji.ts';
import { serveSymbolFromSet } from './scripts/symbol-set-worker.ts';

const root = new URL('.', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  version: string;
};

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(packageJson.version),
    // A label for one build (RESTORY_BUILD), shown in Settings → About; empty in normal builds.
    __APP_BUILD__: JSON.stringify(process.env['RESTORY_BUILD'] ?? ''),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The first screen's code in one file: the start-up module and, with it, everything it
        // imports statically (a group takes its modules' dependencies). Left to itself, Rolldown
        // splits what the first screen shares with later screens into 19 small files, and on a
        // slow connection each waits its turn for one of the browser's six connections.
        // Screens loaded later stay files of their own.
        codeSplitting: {
          groups: [{ name: 'start', test: /\/src\/main\.tsx$/ }],
        },
      },
    },
  },
  // The backup check's worker (storage/backup/read-backup.worker.ts) is a module worker, so it
  // can load fflate as its own chunk, as the page does.
  worker: { format: 'es' },
  plugins: [
    react(),
    openmojiSymbols(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon-180x180.png'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webp,woff2,json,txt}'],
        // The starter symbols are precached; the rest of the set (its single files, its packs and
        // words) comes after the first screen (src/lib/symbol-set.ts).
        manifestTransforms: [
          (entries) => {
            const curated = curatedSymbols();
            return { manifest: entries.filter((entry) => isPrecachedSymbol(entry.url, curated)) };
          },
        ],
        // Any other symbol is answered from the packs once they are cached, so it shows offline.
        runtimeCaching: [
          {
            urlPattern: /\/symbols\/[0-9A-F-]+\.svg$/,
            handler: serveSymbolFromSet,
          },
        ],
        navigateFallback: 'index.html',
        // On a first visit the new worker takes over the open page as soon as it has stored the
        // app, so that page too loads its screens offline from then on (use-first-install.ts).
        // Pages it already controls switch only when staff choose "Update now", as before.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Restory',
        short_name: 'Restory',
        description: 'Restorative conversations with pictures, kept on this device.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f7f5f0',
        theme_color: '#2f5d62',
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    restoreMocks: true,
    // Whole-journey component tests type and wait on real IndexedDB; 2 busy cores need room.
    testTimeout: 20_000,
    // Two projects: plain logic runs in Node, which starts in a fraction of jsdom's time; screens
    // run in jsdom. A logic test that needs a browser global says so with
    // `// @vitest-environment jsdom` at its top.
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          // Plain modules with no screen state: one module graph per worker, not per file, halves
          // this project's time. The set-up file gives every test a fresh database.
          isolate: false,
          setupFiles: ['tests/setup-logic.ts'],
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          // The repositories again with "Protect with a passcode" on: the same tests must pass
          // when every record is sealed before its transaction (decision 2).
          name: 'protected',
          environment: 'node',
          isolate: false,
          setupFiles: ['tests/setup-logic.ts', 'tests/setup-protected.ts'],
          include: ['src/storage/**/*.test.ts'],
          // Not here: the stored layout without protection (codec, db, migrations, what a fresh
          // tablet holds) and backups, whose protected form (sealed, with the key vault) is next.
          exclude: [
            'src/storage/migrations/**',
            'src/storage/db.test.ts',
            'src/storage/codec.test.ts',
            'src/storage/catalogue.test.ts',
            'src/storage/backup/**',
            // Switches protection on and off itself.
            'src/storage/protection.test.ts',
            'node_modules/**',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'screens',
          environment: 'jsdom',
          // One jsdom and one module graph per worker, not per file: 45 s instead of 190 s. The
          // set-up file resets the database and the words before every test and Testing Library
          // unmounts after it; module mocks (vi.mock) would leak between files, so lint forbids them.
          isolate: false,
          setupFiles: ['tests/setup.ts'],
          include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
    ],
  },
});
