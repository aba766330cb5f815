// Lint gates: typescript-eslint (type-aware), React hooks, jsx-a11y, no literal UI strings, the
// layers checked on resolved paths (eslint-plugin-boundaries), no import cycles (import-x) and
// small files (HOUSE-STYLE.md, habits 1 and 9). tests/lint/boundaries.test.ts proves the layer
// and cycle rules bite.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import boundaries from 'eslint-plugin-boundaries';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DEXIE = { regex: '^dexie(-react-hooks)?$', message: 'Only src/storage talks to Dexie.' };
const REACT = { regex: '^react', message: 'domain/ is pure TypeScript: no React.' };

// The layers (ARCHITECTURE.md "Layers"), checked by eslint-plugin-boundaries. A file is classified
// by the folder it is in and an import by the file it resolves to, so the rules hold at any folder
// depth; a file in src that no pattern classifies is an error, so a new folder gets a place here.
// A feature is the first folder under src/features; the files of one feature import each other.
const ELEMENTS = [
  { type: 'app', pattern: 'src/app', partialMatch: false },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
  { type: 'ui', pattern: 'src/ui', partialMatch: false },
  { type: 'domain', pattern: 'src/domain', partialMatch: false },
  { type: 'storage', pattern: 'src/storage', partialMatch: false },
  { type: 'i18n', pattern: 'src/i18n', partialMatch: false },
  { type: 'lib', pattern: 'src/lib', partialMatch: false },
  { type: 'assets', pattern: 'assets', partialMatch: false },
  { type: 'tests', pattern: 'tests', partialMatch: false },
];
// What a feature may use of storage, "repositories and hooks": the repositories (intent-named
// writes), the live-query hooks, the backup API, and the modules that describe storage's state.
// Not the connection (db.ts, database.ts), the migrations, nor storage's own helpers (seed…).
const STORAGE_API = [
  'src/storage/*-repo.ts',
  'src/storage/hooks.ts',
  'src/storage/use-*.ts',
  'src/storage/backup/*.ts',
  'src/storage/errors.ts',
  'src/storage/storage-health.ts',
];
const FILES = [
  // Start-up (HOUSE-STYLE.md "Layout"): part of the app layer.
  { category: 'entry', pattern: 'src/main.tsx' },
  { category: 'declarations', pattern: 'src/*.d.ts' },
  { category: 'test', pattern: 'src/**/*.test.{ts,tsx}' },
  { category: 'storage-api', pattern: STORAGE_API },
  // ui may read picture bytes, so that one component shows any image.
  { category: 'media-repo', pattern: 'src/storage/media-repo.ts' },
];
const toLayers = (...types) => ({ to: { element: { types } } });
const ALL_LAYERS = ['app', 'feature', 'ui', 'domain', 'storage', 'i18n', 'lib'];
// Anything not allowed here is an error; a later policy overrides an earlier one.
const LAYER_POLICIES = [
  { from: { element: { type: 'app' } }, allow: toLayers(...ALL_LAYERS) },
  { from: { file: { categories: 'entry' } }, allow: toLayers(...ALL_LAYERS) },
  {
    from: { element: { type: 'feature' } },
    disallow: toLayers('feature', 'app'),
    message: 'A feature imports no other feature and not the app: compose them in src/app.',
  },
  {
    from: { element: { type: 'feature' } },
    disallow: toLayers('storage'),
    message:
      'Features use storage only through its repositories and hooks (STORAGE_API in eslint.config.js): not db, database, migrations or seed.',
  },
  {
    from: { element: { type: 'feature' } },
    allow: [
      toLayers('ui', 'domain', 'i18n', 'lib'),
      { to: { file: { categories: 'storage-api' } } },
    ],
  },
  {
    from: { element: { type: 'ui' } },
    allow: [
      toLayers('ui', 'domain', 'i18n', 'lib'),
      { to: { file: { categories: 'media-repo' } } },
    ],
  },
  { from: { element: { type: 'storage' } }, allow: toLayers('storage', 'domain', 'assets') },
  { from: { element: { types: ['lib', 'i18n'] } }, allow: toLayers('lib', 'i18n', 'domain') },
  { from: { element: { type: 'domain' } }, allow: toLayers('domain') },
  // Tests set up and inspect the database directly, and use the shared fixtures.
  { from: { file: { categories: 'test' } }, allow: toLayers('storage', 'tests') },
];

// Small files (habit 9 says about 200 lines): a warning past 300 lines of code, which fails the
// lint (--max-warnings=0). Files already past it are listed here as known exceptions, to be split
// and then removed from the list; none today.
const LONG_FILES = [];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.strict.rules },
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      // Visible words and accessible names come from i18next; routes and CSS hooks are not words.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          'jsx-attributes': {
            exclude: [
              'path',
              'to',
              'href',
              'className',
              'id',
              'type',
              'role',
              'key',
              'htmlFor',
              'target',
              'rel',
              'autoComplete',
              'lang',
              'dir',
              'viewBox',
              'd',
              'size',
              'name',
              'data-.*',
            ],
          },
          callees: {
            exclude: [
              'navigate',
              'focusLater',
              'querySelector',
              'getElementById',
              't',
              'i18n(ext)?',
            ],
          },
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/files': FILES,
      'import/resolver': { typescript: { project: `${import.meta.dirname}/tsconfig.json` } },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.json` }),
      ],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkUnknownLocals: true,
          message:
            'Layers flow one way (ARCHITECTURE.md): {{from.type}} may not import {{dependency.source}}.',
          policies: LAYER_POLICIES,
        },
      ],
      'boundaries/no-unknown-files': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-imports': ['error', { patterns: [DEXIE] }],
    },
  },
  // Nothing imports a test file, so a test cannot be in a cycle: skip walking the graph from it.
  { files: ['src/**/*.test.{ts,tsx}'], rules: { 'import-x/no-cycle': 'off' } },
  {
    files: ['src/storage/**'],
    ignores: ['src/storage/live-query.ts', 'src/storage/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie-react-hooks',
              message: 'Use ./live-query: it opens records another tab wrote while unlocked.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/live-query.ts', 'src/storage/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEXIE, REACT] }] },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: LONG_FILES,
    rules: { 'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      // Test files share one module graph per worker (vite.config.ts, isolate: false): a module
      // mock would leak into the next file. Spy (vi.spyOn, restored after each test) instead.
      'no-restricted-properties': [
        'error',
        {
          object: 'vi',
          property: 'mock',
          message: 'Use vi.spyOn: modules are shared between test files.',
        },
        {
          object: 'vi',
          property: 'doMock',
          message: 'Use vi.spyOn: modules are shared between test files.',
        },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
);
