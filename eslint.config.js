// Lint and import boundaries: `npm test` runs `eslint .`, so a violation fails CI.
// The pure core (reader → language → extractors → claims → rubric → assessment) never touches the browser,
// Dexie or React; components reach storage only through store/'s repositories and hooks; nothing outside
// tests/ imports tests/; and no import cycle anywhere (import-x/no-cycle).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const UI_AND_BROWSER = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'dexie', 'dexie-react-hooks', 'wxt', 'wxt/*', '#imports', 'papaparse'];
const pureCore = (folder) => ({
  files: [`${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: UI_AND_BROWSER.filter((p) => !p.includes('*')).map((name) => ({ name, message: `${folder}/ is pure: no browser, storage or UI packages.` })),
        patterns: [
          { group: UI_AND_BROWSER.filter((p) => p.includes('*')), message: `${folder}/ is pure: no browser, storage or UI packages.` },
          { group: ['**/store/**', '**/browser/**', '**/components/**', '**/entrypoints/**', '**/compare/**', '**/cli/**', '**/tests/**'], message: `${folder}/ is pure: it may not import store, browser, UI, CLI or tests.` },
        ],
      },
    ],
    'no-restricted-globals': ['error', { name: 'browser', message: 'pure core: pass browser data in as a parameter' }, { name: 'chrome', message: 'pure core' }, { name: 'indexedDB', message: 'pure core' }],
  },
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**', 'test-output/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['**/*.tsx'], ...reactHooks.configs.flat['recommended-latest'] },
  ...['reader', 'language', 'extractors', 'claims', 'rubric', 'assessment'].map(pureCore),
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'components/ reach storage through store/ repositories and hooks, never Dexie directly.' }],
          patterns: [{ group: ['**/store/database', '**/tests/**'], message: 'components/ use store/ repositories, not the database.' }],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**', 'browser/**', 'store/**', 'compare/**', 'cli/**', 'bench/**', 'scripts/**', 'components/**'],
    ignores: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/tests/**'], message: 'Nothing outside tests/ imports tests/.' }] }] },
  },
);
