// Entry point VS Code calls (`extensionTestsPath`) inside the extension host. It runs
// every `*.test.js` beside it with mocha and writes the outcome as JSON to the file the
// runner named, because the extension host exits with code 0 even when `run()` throws,
// so the runner cannot learn the result any other way (see scripts/vscode/run-tests.mjs).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** Environment variable naming the results file; the server passes it to the extension host. */
export const RESULTS_ENV = 'NEWS_LENS_VSCODE_RESULTS';

/** One test's outcome as the runner prints it. */
export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

/** The whole results file: counts plus one entry per test (and per failed hook). */
export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
}

function writeResults(results: SuiteResults): void {
  const target = process.env[RESULTS_ENV];
  if (!target) {
    console.error(`[news-lens tests] ${RESULTS_ENV} is not set; results: ${JSON.stringify(results)}`);
    return;
  }
  // Write then rename, so the runner never reads half a file.
  fs.writeFileSync(`${target}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${target}.tmp`, target);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

/** Called by VS Code once the workbench and the extension under development are up. */
export async function run(): Promise<void> {
  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, tests: [] };
  try {
    const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
    // Optional filter for debugging one area: NEWS_LENS_VSCODE_GREP=regexp (NEWS_LENS_VSCODE_GREP_INVERT=1 to exclude).
    if (process.env.NEWS_LENS_VSCODE_GREP) {
      mocha.grep(new RegExp(process.env.NEWS_LENS_VSCODE_GREP));
      if (process.env.NEWS_LENS_VSCODE_GREP_INVERT === '1') mocha.invert();
    }
    const files = fs
      .readdirSync(__dirname)
      .filter((name) => name.endsWith('.test.js'))
      .sort();
    for (const file of files) mocha.addFile(path.join(__dirname, file));
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        results.passed++;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
      });
      runner.on('fail', (test, error) => {
        results.failed++;
        results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: describeError(error) });
      });
      runner.on('pending', (test) => {
        results.pending++;
        results.tests.push({ title: test.fullTitle(), state: 'pending' });
      });
    });
  } catch (error) {
    results.failed++;
    results.tests.push({ title: 'loading the VS Code test suite', state: 'failed', error: describeError(error) });
  }
  writeResults(results);
  if (results.failed > 0) throw new Error(`${results.failed} VS Code test(s) failed`);
}
