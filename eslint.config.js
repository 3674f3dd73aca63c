import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The pure core: no UI, no storage, no desktop, no DOM. Signal-Desktop keeps its
// core honest the same way.
const domainRestrictions = {
  paths: [
    { name: 'react', message: 'renderer/src/domain is pure: no React.' },
    { name: 'react-dom', message: 'renderer/src/domain is pure: no React.' },
    { name: 'dexie', message: 'renderer/src/domain is pure: no database.' },
    { name: 'dexie-react-hooks', message: 'renderer/src/domain is pure: no database.' },
    { name: 'electron', message: 'renderer/src/domain is pure: no Electron.' },
    { name: 'zustand', message: 'renderer/src/domain is pure: no UI state.' },
    { name: 'i18next', message: 'renderer/src/domain is pure: return codes, let the UI translate.' },
  ],
  patterns: [
    { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'renderer/src/domain is pure: no Node.' },
    { group: ['**/db/**', '**/db', '**/ui/**', '**/platform/**', '**/state/**', '**/documents/**', '**/i18n/**'], message: 'The domain never imports from db, ui, platform, state, documents or i18n.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The renderer reaches the desktop through renderer/src/platform only.' }] }],
    },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', domainRestrictions],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'renderer/src/domain is pure: no DOM.' },
        { name: 'document', message: 'renderer/src/domain is pure: no DOM.' },
        { name: 'localStorage', message: 'renderer/src/domain is pure: no storage.' },
        { name: 'indexedDB', message: 'renderer/src/domain is pure: no storage.' },
        { name: 'fetch', message: 'renderer/src/domain is pure: no I/O.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain has no clock: take "today" as a parameter.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain has no clock: take "today" as a parameter.' },
      ],
    },
  },
);
