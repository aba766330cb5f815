/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** A hash of assets/starter/*.json, set by vite.config.ts; a change re-runs the idempotent seed. */
declare const __STARTER_VERSION__: string;
/** The app version from package.json, shown in Settings → About. */
declare const __APP_VERSION__: string;
declare const __APP_BUILD__: string;
