// Runs every compiled `*.test.js` below the given folders (or the given test files) with Node's own test runner.
// Node 20's `--test` takes no globs, so the files are listed here.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

const dirs = process.argv.slice(2);
const files = [];
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`run-node-tests: ${dir} does not exist; run "npm run build" first.`);
    process.exit(1);
  }
  if (statSync(dir).isDirectory()) collect(dir, files);
  else files.push(dir);
}
if (files.length === 0) {
  console.error(`run-node-tests: no *.test.js files under ${dirs.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
