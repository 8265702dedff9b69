// ESLint flat config. The layer rules below are the architecture's dependency rule (docs/ARCHITECTURE.md):
// the pure layers (core, scenario, engine) may not reach Phaser, Howler, i18next, the DOM, randomness or
// the clock, and no layer may turn content into code or markup.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE = ['src/core/**/*.ts', 'src/scenario/**/*.ts', 'src/engine/**/*.ts'];
const SHELL = ['src/ui/**/*.ts', 'src/scenes/**/*.ts'];

const browserOnly = ['phaser', 'phaser/*', 'howler', 'i18next', 'i18next/*'];
const shellFolders = [
  '**/ui/*',
  '**/ui',
  '**/scenes/*',
  '**/scenes',
  '**/adapters/*',
  '**/adapters',
  '**/main',
];

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'fetch',
  'XMLHttpRequest',
  'HTMLElement',
  'Element',
  'Node',
  'requestAnimationFrame',
  'setTimeout',
  'setInterval',
  'performance',
  'alert',
  'console',
].map((name) => ({
  name,
  message: `The pure layers cannot use the global "${name}" (see docs/ARCHITECTURE.md).`,
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'tests/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        console: 'readonly',
        localStorage: 'readonly',
        location: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        requestAnimationFrame: 'readonly',
        cancelAnimationFrame: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never build markup from strings: use textContent and elements.' },
        { property: 'outerHTML', message: 'Never build markup from strings: use textContent and elements.' },
        {
          property: 'insertAdjacentHTML',
          message: 'Never build markup from strings: use textContent and elements.',
        },
        { object: 'document', property: 'write', message: 'Never build markup from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is code from strings.' },
        { selector: "CallExpression[callee.name='Function']", message: 'Function() is code from strings.' },
      ],
    },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: browserOnly
            .filter((n) => !n.includes('*'))
            .map((name) => ({
              name,
              message: `The pure layers cannot import "${name}" (see docs/ARCHITECTURE.md).`,
            })),
          patterns: [
            {
              group: browserOnly,
              message: 'The pure layers cannot import rendering, audio or i18n libraries.',
            },
            {
              group: shellFolders,
              message: 'The pure layers cannot depend on the shell (ui, scenes, adapters, main).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG in the state (src/core/rng.ts).' },
        {
          object: 'Date',
          property: 'now',
          message: 'Time is an input of the pure layers, never read from the clock.',
        },
        { property: 'innerHTML', message: 'Never build markup from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'Time is an input of the pure layers.' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is code from strings.' },
      ],
    },
  },
  {
    files: SHELL,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['xstate', '**/scenario/compile*', '**/core/*'],
              allowTypeImports: true,
              message: 'Scenes and UI render the view model and send events through the engine facade only.',
            },
          ],
        },
      ],
    },
  },
);
