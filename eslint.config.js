// Lint rules, including the architecture fences from design/architecture.md.
//
// A fence is a `no-restricted-imports` rule. In flat config a later block
// REPLACES an earlier block's options for the same rule (they do not merge),
// so every folder below gets one complete list, built by `fence()`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS = '**/*.{ts,tsx,mts,cts}';

// ---- What each room may not import -----------------------------------------

// Bare package names match exactly (plus subpaths), never a local file that
// happens to share a name: `react` matches 'react' and 'react/jsx-runtime',
// not './react'.
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const packages = (names, message) => ({
  regex: `^(${names.map(escape).join('|')})(/.*)?$`,
  message,
});

const NODE_BUILTINS = {
  regex: `^(node:.*|(${builtinModules.map(escape).join('|')})(/.*)?)$`,
  message: 'Node built-ins are server-only.',
};
const REACT = packages(
  ['react', 'react-dom', 'react-router', 'react-router-dom'],
  'React belongs to src/client.',
);
const CLIENT_LIBS = packages(
  ['zustand', 'workbox-window', 'virtual:pwa-register'],
  'Browser state and service-worker libraries belong to src/client.',
);
const HONO = {
  regex: '^(hono|@hono/[^/]+)(/.*)?$',
  message: 'The HTTP framework belongs to src/server.',
};
const DEXIE = packages(
  ['dexie'],
  'Only src/client/local-store may import dexie; read and write through its repositories.',
);
const DEXIE_HOOKS = packages(
  ['dexie-react-hooks'],
  'dexie-react-hooks is only for src/client/local-store, src/client/features and src/client/app.',
);
const DB_DRIVER = {
  regex: '^(better-sqlite3|pg|postgres|@electric-sql/[^/]+)(/.*)?$',
  message: 'Only src/server/storage may import a database driver.',
};
// Relative paths that climb out of the current room (`../server/app`,
// `../../../src/client/…`). There are no path aliases, so this is complete.
const intoRoom = (room, message) => ({
  regex: `^(\\.\\./)+(src/)?${room}(/|$)`,
  message,
});
const CLIENT_CODE = intoRoom('client', 'src/server and src/domain never import src/client.');
const SERVER_CODE = intoRoom('server', 'src/client and src/domain never import src/server.');

// `src/client/features/<a>/` may not import `src/client/features/<b>/`.
// For a file `depth` folders below its feature folder, climbing depth+1 times
// lands in features/ (so `../<name>` there is another feature); climbing
// further and walking back into a `features/` folder is the same thing.
const otherFeature = (depth) => ({
  regex: `^(\\.\\./){${depth + 1}}(?!\\.\\./)|^(\\.\\./){${depth + 2},}(.*/)?features(/|$)`,
  message:
    'A feature may not import another feature. Move shared code to src/client/components, src/client/app or src/domain.',
});
const FEATURE_DEPTHS = [0, 1, 2, 3, 4, 5];

function fence(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

const CLIENT_BASE = [NODE_BUILTINS, HONO, DB_DRIVER, SERVER_CODE];

// Shared client pieces stay below the rooms that use them: a component draws
// what it is given (no store, no network), and the form kit may read the
// device store but never the network or a feature.
const LOCAL_STORE_CODE = intoRoom(
  'local-store',
  'src/client/components draws what it is given: read and write the device store in a feature or src/client/forms.',
);
const SYNC_CODE = intoRoom(
  'sync',
  'src/client/components and src/client/forms never import src/client/sync.',
);
const FORMS_CODE = intoRoom('forms', 'src/client/components never imports src/client/forms.');
const FEATURE_CODE = intoRoom(
  'features',
  'Shared client code never imports a feature; move what both need down a room.',
);
const APP_CODE = intoRoom('app', 'Shared client code never imports the app shell.');

// Later blocks win, so they go from general to specific.
const fences = [
  {
    name: 'fence/domain',
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: fence([
      CLIENT_CODE,
      SERVER_CODE,
      NODE_BUILTINS,
      REACT,
      CLIENT_LIBS,
      HONO,
      DEXIE,
      DEXIE_HOOKS,
      DB_DRIVER,
    ]),
  },
  {
    name: 'fence/server',
    files: ['src/server/**/*.{ts,tsx}'],
    rules: fence([CLIENT_CODE, REACT, CLIENT_LIBS, DEXIE, DEXIE_HOOKS, DB_DRIVER]),
  },
  {
    name: 'fence/server-storage',
    files: ['src/server/storage/**/*.{ts,tsx}'],
    rules: fence([CLIENT_CODE, REACT, CLIENT_LIBS, DEXIE, DEXIE_HOOKS]),
  },
  {
    name: 'fence/client',
    files: ['src/client/**/*.{ts,tsx}'],
    rules: fence([...CLIENT_BASE, DEXIE, DEXIE_HOOKS]),
  },
  {
    name: 'fence/client-app',
    files: ['src/client/app/**/*.{ts,tsx}'],
    rules: fence([...CLIENT_BASE, DEXIE]),
  },
  {
    name: 'fence/client-components',
    files: ['src/client/components/**/*.{ts,tsx}'],
    rules: fence([
      ...CLIENT_BASE,
      DEXIE,
      DEXIE_HOOKS,
      LOCAL_STORE_CODE,
      SYNC_CODE,
      FORMS_CODE,
      FEATURE_CODE,
      APP_CODE,
    ]),
  },
  {
    name: 'fence/client-forms',
    files: ['src/client/forms/**/*.{ts,tsx}'],
    rules: fence([...CLIENT_BASE, DEXIE, DEXIE_HOOKS, SYNC_CODE, FEATURE_CODE, APP_CODE]),
  },
  {
    name: 'fence/client-local-store',
    files: ['src/client/local-store/**/*.{ts,tsx}'],
    rules: fence(CLIENT_BASE),
  },
  ...FEATURE_DEPTHS.map((depth) => ({
    name: `fence/client-features-depth-${depth}`,
    files: [`src/client/features/*/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: fence([...CLIENT_BASE, DEXIE, otherFeature(depth)]),
  })),
  {
    // Only src/client/sync talks to the network.
    name: 'fence/no-fetch-outside-sync',
    files: ['src/domain/**/*.{ts,tsx}', 'src/client/**/*.{ts,tsx}'],
    ignores: ['src/client/sync/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only src/client/sync may call fetch.' },
        { name: 'XMLHttpRequest', message: 'Only src/client/sync may talk to the network.' },
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].map((object) => ({
          object,
          property: 'fetch',
          message: 'Only src/client/sync may call fetch.',
        })),
      ],
    },
  },
];

export default defineConfig(
  {
    name: 'ignores',
    ignores: [
      'dist/',
      'dist-bench/',
      'dist-bench-shell/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'data/',
      'dev-dist/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'react-hooks',
    files: [TS],
    ...reactHooks.configs.flat.recommended,
  },
  {
    name: 'project',
    files: [TS],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Server entry points and tools may log.
    name: 'console-allowed',
    files: ['src/server/**', 'test/**', '*.config.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Plain JS/MJS files (this config, .ci helpers) run in Node.
    name: 'node-scripts',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  ...fences,
);
