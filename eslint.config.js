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

/** The pure layers' import rule (src/core adds the format-values rule to it below). */
const pureImports = {
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
};

/** The pure layers as the shell names them in imports. */
const PURE_MODULES = ['**/core/*', '**/scenario/*', '**/scenario/**', '**/engine/*', '**/engine/**'];

/**
 * The composition roots, one per chunk: they import the engine's values and hand them on (main.ts,
 * outside SHELL, for the first chunk; src/ui/app/ for the game shell; a mode's module,
 * src/ui/<mode>/<mode>-mode.ts, for its chunk, and the table that loads them; the authoring kit for the author's tools, which the
 * game shell builds; a Web Worker's entry for its worker).
 */
const COMPOSITION = [
  'src/ui/app/**/*.ts',
  'src/ui/*/*-mode.ts',
  'src/ui/mode-registry.ts',
  'src/ui/authoring/authoring-kit.ts',
  'src/ui/**/*-worker.ts',
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
      'no-restricted-imports': ['error', pureImports],
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
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...pureImports,
          patterns: [
            ...pureImports.patterns,
            {
              group: ['**/scenario/format', '**/scenario/format.ts'],
              allowTypeImports: true,
              message:
                'The core reads the format as types only; its shared lists are in src/core/vocabulary.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: SHELL,
    ignores: COMPOSITION,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['xstate', 'xstate/*', ...PURE_MODULES, '!**/core/vocabulary'],
              allowTypeImports: true,
              message:
                'UI and scenes import the pure layers as types only: values reach them through the services ' +
                'the composition root injects (src/main.ts, src/ui/app/; see docs/ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: COMPOSITION,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'xstate',
                'xstate/*',
                '**/scenario/compile*',
                '**/core/*',
                '!**/core/vocabulary',
                '**/engine/game-session',
              ],
              allowTypeImports: true,
              message:
                'Even the composition roots reach the game through the engine: sessions from its factory ' +
                '(src/engine/session-factory.ts), never the machine, the core or the compiler.',
            },
          ],
        },
      ],
    },
  },
);
