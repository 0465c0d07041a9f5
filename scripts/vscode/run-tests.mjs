// `npm run test:vscode`: runs the mocha suite in test/vscode inside a real VS Code
// (the VS Code server from code-server, driven by headless Chromium), then checks in
// the page what a user sees (editor colours, Outline, Entities view, hover card), that a
// hostile registry's hover card makes no request off the machine (browser-privacy.mjs), then (when news-lens.vsix exists) that the package
// installs. Needs `npm run build` first. Prints one line per test and a final
// `vscode: N passed, N failed`; exits non-zero on any failure, on the deadline, or
// when no test ran.
//
// Flags/env: --update-screenshot or NEWS_LENS_UPDATE_SCREENSHOT=1 refreshes
// docs/screenshot.png; NEWS_LENS_REQUIRE_VSIX=1 fails when news-lens.vsix is missing
// (NEWS_LENS_VSIX names another package file);
// NEWS_LENS_VSCODE_GREP=regexp (and NEWS_LENS_VSCODE_GREP_INVERT=1) filters the mocha
// suite, passed to the extension host through the server's environment;
// NEWS_LENS_VSCODE_DEADLINE_MS overrides the suite deadline (default 5 minutes);
// NEWS_LENS_EXTENSION_PATH / NEWS_LENS_SAMPLES point at another extension / samples
// folder (used to develop this harness before the real extension existed).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { installCodeServer } from './install-code-server.mjs';
import { prepareWorkspace } from './workspace.mjs';
import { collectLogFiles, startVsCodeServer } from './server.mjs';
import { launchBrowser, openWorkbench, workbenchUrl } from './browser.mjs';
import { checkArticleInBrowser } from './browser-check.mjs';
import { checkHoverPrivacy } from './browser-privacy.mjs';
import { checkVsix } from './vsix-check.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionPath = resolve(process.env.NEWS_LENS_EXTENSION_PATH ?? repoRoot);
const samplesDir = resolve(process.env.NEWS_LENS_SAMPLES ?? join(repoRoot, 'samples'));
const testsPath = join(repoRoot, 'out', 'test', 'vscode', 'suite', 'index.js');
const deadlineMs = Number(process.env.NEWS_LENS_VSCODE_DEADLINE_MS ?? 5 * 60_000);
const updateScreenshot = process.argv.includes('--update-screenshot') || process.env.NEWS_LENS_UPDATE_SCREENSHOT === '1';

/** Waits for the suite's results file, failing early if the server dies. */
async function waitForResults(resultsFile, server) {
  const deadline = Date.now() + deadlineMs;
  while (!existsSync(resultsFile)) {
    if (!server.isRunning()) throw new Error('the VS Code server exited before the suite wrote its results');
    if (Date.now() > deadline) throw new Error(`no results from the suite within ${Math.round(deadlineMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return JSON.parse(readFileSync(resultsFile, 'utf8'));
}

function printOutcome(test) {
  const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' }[test.state] ?? test.state;
  const time = test.durationMs !== undefined ? ` (${test.durationMs} ms)` : '';
  console.log(`  ${mark} ${test.title}${time}`);
  if (test.error) console.log(test.error.replace(/^/gm, '         '));
}

function printDiagnostics(server, tmpRoot, consoleLines) {
  console.log('\n----- VS Code server output -----');
  console.log(server?.output() ?? '(server not started)');
  console.log('----- workbench / extension host console -----');
  console.log(consoleLines.slice(-300).join('\n') || '(empty)');
  for (const log of collectLogFiles(tmpRoot)) {
    console.log(`----- ${log.path} -----`);
    console.log(log.text);
  }
  console.log('----- end of logs -----\n');
}

/** Runs everything and returns the outcomes; never leaves the server or browser running. */
async function main() {
  const started = Date.now();
  for (const [file, hint] of [
    [join(extensionPath, 'package.json'), 'the extension folder'],
    [testsPath, 'the compiled suite; run "npm run build" first'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing (${hint})`);
  }
  const vscodeDir = installCodeServer();
  const tmpRoot = mkdtempSync(join(tmpdir(), 'news-lens-vscode-'));
  const resultsFile = join(tmpRoot, 'results.json');
  const consoleLines = [];
  const outcomes = [];
  let server;
  let browser;
  try {
    const { dir: workspaceDir } = prepareWorkspace({ repoRoot, samplesDir, tmpRoot });
    server = await startVsCodeServer({ vscodeDir, tmpRoot, env: { NEWS_LENS_VSCODE_RESULTS: resultsFile } });
    browser = await launchBrowser();
    const url = workbenchUrl({ port: server.port, folder: workspaceDir, extensionPath, testsPath, openFile: join(workspaceDir, 'harbor-strike.news') });
    const suitePage = await openWorkbench(browser, url, consoleLines, 'suite page');
    try {
      const results = await waitForResults(resultsFile, server);
      outcomes.push(...results.tests);
      if (results.tests.length === 0) outcomes.push({ title: 'VS Code suite', state: 'failed', error: 'the suite ran no tests' });
      console.log(`vscode: suite finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      outcomes.push({ title: 'VS Code suite', state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
    await suitePage
      .context()
      .close()
      .catch(() => {});
    outcomes.push(...(await checkArticleInBrowser({ browser, port: server.port, workspaceDir, extensionPath, repoRoot, consoleLines, updateScreenshot })));
    outcomes.push(await checkHoverPrivacy({ browser, port: server.port, tmpRoot, extensionPath, consoleLines }));
    const vsix = checkVsix({ repoRoot, vscodeDir });
    if (vsix) outcomes.push(vsix);
  } catch (error) {
    outcomes.push({ title: 'VS Code test run', state: 'failed', error: error instanceof Error ? error.message : String(error) });
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
  }
  outcomes.forEach(printOutcome);
  const passed = outcomes.filter((t) => t.state === 'passed').length;
  const failed = outcomes.filter((t) => t.state === 'failed').length;
  const ok = failed === 0 && passed > 0;
  if (ok) rmSync(tmpRoot, { recursive: true, force: true });
  else {
    printDiagnostics(server, tmpRoot, consoleLines);
    console.log(`vscode: kept ${tmpRoot} for inspection`);
  }
  if (passed === 0 && failed === 0) console.log('vscode: no test ran');
  console.log(`vscode: total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`vscode: ${passed} passed, ${failed} failed`);
  return ok;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`vscode: ${error instanceof Error ? error.message : String(error)}`);
    console.log('vscode: 0 passed, 1 failed');
    process.exit(1);
  },
);
