// Lint gates: typescript-eslint (type-aware), React hooks, jsx-a11y, no literal UI strings, and
// import zones that keep the layers flowing one way (HOUSE-STYLE.md, habit 1).
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DEXIE = { regex: '^dexie(-react-hooks)?$', message: 'Only src/storage talks to Dexie.' };
const zone = (files, rules) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [DEXIE, ...rules] }] },
});
export default tseslint.config(
  {
    ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'],
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
  zone(
    ['src/domain/**'],
    [
      {
        regex: '^\\.\\./',
        message: 'domain/ is pure TypeScript: it imports nothing else of ours.',
      },
      { regex: '^react', message: 'domain/ has no React.' },
    ],
  ),
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(features|app|ui|lib|i18n)/',
              message: 'storage/ may use domain/ only.',
            },
          ],
        },
      ],
    },
  },
  zone(
    ['src/lib/**', 'src/i18n/**'],
    [
      {
        regex: '^\\.\\./(features|app|storage|ui)/',
        message: 'lib and i18n are building blocks: no feature, screen, storage or ui.',
      },
    ],
  ),
  // ui may read picture bytes (storage/media-repo) so that one component shows any image.
  zone(
    ['src/ui/**'],
    [
      {
        regex: '^\\.\\./(features|app)/|^\\.\\./storage/(?!media-repo$)',
        message: 'ui is the design system: no feature or screen, and of storage only media-repo.',
      },
    ],
  ),
  zone(
    ['src/features/**'],
    [
      {
        regex: '^\\.\\./[^./]',
        message: 'A feature does not import another feature: compose them in src/app.',
      },
      { regex: '^\\.\\./\\.\\./app/', message: 'Features do not import the app layer.' },
    ],
  ),
  zone(['src/app/**', 'src/main.tsx'], []),
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
);
