// Packs the extension into news-lens.vsix with @vscode/vsce and checks its size.
// The bundles in dist/ carry every dependency, so node_modules is left out.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';

const LIMIT = 5 * 1024 * 1024;
const require = createRequire(import.meta.url);
const vsce = require.resolve('@vscode/vsce/vsce');
const result = spawnSync(
  process.execPath,
  [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', 'news-lens.vsix'],
  { stdio: 'inherit' },
);
if (result.status !== 0) process.exit(result.status ?? 1);
const size = statSync('news-lens.vsix').size;
console.log(`news-lens.vsix: ${(size / 1024 / 1024).toFixed(2)} MB`);
if (size > LIMIT) {
  console.error(`The .vsix is over the ${LIMIT / 1024 / 1024} MB limit.`);
  process.exit(1);
}
