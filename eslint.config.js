import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/lib/layers.mjs';

const noHtmlFromStrings = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Build DOM nodes; never assign innerHTML.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Build DOM nodes; never assign outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Build DOM nodes; never parse HTML strings.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text; never raw HTML.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output*/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlFromStrings],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Extension code goes through wxt/browser (the polyfill), never the raw globals.
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Import { browser } from 'wxt/browser'." },
        { name: 'browser', message: "Import { browser } from 'wxt/browser'." },
      ],
    },
  },
  {
    // Imports go down the layers (scripts/lib/layers.mjs; README, "Architecture").
    files: ['entrypoints/**', 'components/**', 'lib/**', 'data/**'],
    plugins: { hutong: layersPlugin },
    rules: { 'hutong/layers': 'error' },
  },
  {
    // Fixture pages' own scripts run in the test page, not in the extension.
    files: ['tests/e2e/pages/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        history: 'readonly',
        window: 'readonly',
        location: 'readonly',
        EventTarget: 'readonly',
        MutationObserver: 'readonly',
      },
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
