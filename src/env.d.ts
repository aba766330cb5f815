/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** The app version from package.json, shown in Settings → About. */
declare const __APP_VERSION__: string;
declare const __APP_BUILD__: string;
