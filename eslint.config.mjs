// Lint rules. The one that matters most: the analysis core stays pure, with no
// VS Code, LSP or file-system imports, so the server, CLI, evals and benchmarks share it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import boundaries from './scripts/lint/boundaries.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain CommonJS preloads (node --require) for tests.
    files: ['test/support/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Playwright scripts pass functions that run inside the VS Code page.
    files: ['scripts/vscode/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The core is pure (its rule is built from Node's list of built-ins), and the product reaches
    // it through one index. Tests, evaluations and benchmarks may read its internals.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    plugins: { 'news-lens': boundaries },
    rules: { 'news-lens/pure-core': 'off', 'news-lens/core-through-index': 'error' },
  },
  {
    files: ['server/src/analysis/**/*.ts'],
    rules: { 'news-lens/pure-core': 'error' },
  },
  {
    // The language service and its features speak LSP's types (vscode-languageserver-protocol) but never
    // hold the connection: only the adapter (server.ts, main.ts, lsp/) imports the server library.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/server.ts', 'server/src/main.ts', 'server/src/lsp/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'vscode-languageserver',
              message: 'Only the LSP adapter (server.ts, lsp/) imports the server library; use vscode-languageserver-protocol types.',
            },
          ],
          patterns: [{ group: ['vscode-languageserver/*'], message: 'Only the LSP adapter (server.ts, lsp/) imports the server library.' }],
        },
      ],
    },
  },
);
