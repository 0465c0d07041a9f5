// Lint rules. The one that matters most: the analysis core stays pure, with no
// VS Code, LSP or file-system imports, so the server, CLI, evals and benchmarks share it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
    files: ['server/src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'The analysis core must not depend on VS Code or the LSP.' },
            { group: ['fs', 'node:fs', 'fs/*', 'node:fs/*', 'path', 'node:path', 'child_process', 'node:child_process', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https'], message: 'The analysis core must not touch the file system, processes or the network.' },
          ],
        },
      ],
    },
  },
);
