/**
 * The lint rules that keep the core pure and reached through its index (scripts/lint/boundaries.mjs),
 * run through ESLint with the project's own configuration on code written inline.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..', '..');

async function messages(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId?.startsWith('news-lens/')).map((m) => `${m.ruleId}: ${m.message}`);
}

test('the core may not import any Node built-in, with or without node:, nor the editor or protocol', async () => {
  for (const spec of ['node:worker_threads', 'worker_threads', 'node:fs/promises', 'os', 'vscode', 'vscode-languageserver/node']) {
    const found = await messages('server/src/analysis/dates/example.ts', `import * as m from '${spec}';\nexport const x = m;\n`);
    assert.equal(found.length, 1, `${spec}: ${found.join('; ')}`);
    assert.match(found[0], /news-lens\/pure-core/);
  }
});

test('the core may not import the server around it, not even a type', async () => {
  const found = await messages('server/src/analysis/dates/example.ts', "import type { Settings } from '../../settings';\nexport type S = Settings;\n");
  assert.deepEqual(found.length, 1);
  assert.match(found[0], /outside server\/src\/analysis/);
});

test('the core may import itself and pure packages', async () => {
  const found = await messages(
    'server/src/analysis/dates/example.ts',
    "import { partitionPoint } from '../spans';\nimport * as chrono from 'chrono-node';\nexport const x = [partitionPoint, chrono];\n",
  );
  assert.deepEqual(found, []);
});

test('server code reaches the core through its index only', async () => {
  const deep = await messages('server/src/features/example.ts', "import { describeDate } from '../analysis/dates/describe';\nexport const x = describeDate;\n");
  assert.equal(deep.length, 1);
  assert.match(deep[0], /news-lens\/core-through-index/);
  assert.deepEqual(await messages('server/src/features/example.ts', "import { describeDate } from '../analysis';\nexport const x = describeDate;\n"), []);
  assert.deepEqual(
    await messages('server/src/features/example.ts', "import { looksLikeArticle } from '../analysis/articleDetection';\nexport const x = looksLikeArticle;\n"),
    [],
  );
});
