/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** The app version from package.json, shown in Settings → About. */
declare const __APP_VERSION__: string;
declare const __APP_BUILD__: string;

/** The whole symbol set's files (scripts/vite-plugin-openmoji.ts): packs, words per language. */
declare module 'virtual:restory-symbol-set' {
  const files: {
    readonly count: number;
    readonly packs: readonly string[];
    readonly words: Readonly<Record<string, string>>;
    readonly licence: string;
  };
  export default files;
}
