/** Builds the benchmark's reference page (main.tsx) into dist-reference/ at the project's root. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../../dist-reference', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: 'index.html' },
      manifest: {
        name: 'Reference',
        short_name: 'Reference',
        start_url: '/',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#2f5d62',
        icons: [],
      },
    }),
  ],
  preview: { host: '127.0.0.1', strictPort: true },
});
