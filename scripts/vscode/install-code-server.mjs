// Installs a real VS Code (the server inside the npm package `code-server`) into a
// git-ignored cache, so the integration suite can run without Microsoft's download
// server. See docs in ../shared/docs/real-vscode-testing.md for why each step is here:
// a plain `npm install code-server` runs postinstall scripts that need root tweaks,
// GitHub downloads (ripgrep) and libkrb5-dev, none of which the VS Code server needs.
//
// Idempotent: a marker file records a finished install, and a second run returns at once.
// Usage: node scripts/vscode/install-code-server.mjs   (also imported by run-tests.mjs)
import { existsSync, mkdirSync, copyFileSync, chmodSync, symlinkSync, rmSync, writeFileSync, readFileSync, lstatSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** code-server 4.99.x is the newest line that runs on Node 20; it carries VS Code 1.99.3. */
export const CODE_SERVER_VERSION = '4.99.4';

/** The browser the runner drives; a Debian package, because Playwright's own download needs the internet. */
export const CHROMIUM_PATH = process.env.NEWS_LENS_CHROMIUM ?? '/usr/bin/chromium';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the cache lives; `.vscode-test/` is git-ignored. */
export const cacheDir = join(repoRoot, '.vscode-test', 'code-server');

/** The VS Code server folder that holds `out/server-main.js`. */
export const vscodeDir = join(cacheDir, 'node_modules', 'code-server', 'lib', 'vscode');

const markerFile = join(cacheDir, '.news-lens-install-complete');

/** Runs a command, echoing it, and throws with its output when it fails. */
function run(cmd, args, cwd, extraEnv = {}) {
  console.log(`install-code-server: (${cwd}) ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', ...extraEnv },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`install-code-server: "${cmd} ${args.join(' ')}" failed with status ${result.status}`);
  }
}

/** Returns the absolute path of `rg` on PATH, or undefined. */
function findRipgrep() {
  const result = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' });
  const path = result.stdout.trim();
  return result.status === 0 && path ? path : undefined;
}

/**
 * Checks the Debian packages the run needs and explains how to get them, because
 * neither can be downloaded by npm on a machine without internet.
 */
export function checkSystemPrerequisites() {
  const missing = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push(`chromium (expected at ${CHROMIUM_PATH})`);
  if (!findRipgrep()) missing.push('ripgrep (rg on PATH)');
  if (missing.length > 0) {
    throw new Error(
      `install-code-server: missing ${missing.join(' and ')}.\n` + 'Run "npm test" as root (it installs them), or as root:  node scripts/prerequisites.mjs',
    );
  }
}

/** True when a previous run finished the whole install for this version. */
export function isInstalled() {
  return existsSync(markerFile) && readFileSync(markerFile, 'utf8').trim() === CODE_SERVER_VERSION && existsSync(join(vscodeDir, 'out', 'server-main.js'));
}

/**
 * Installs code-server's VS Code server into the cache unless already done, and
 * returns the folder holding `out/server-main.js`.
 */
export function installCodeServer() {
  checkSystemPrerequisites();
  if (isInstalled()) return vscodeDir;
  const started = Date.now();
  rmSync(markerFile, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  run('npm', ['install', '--prefix', cacheDir, '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], cacheDir);
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  // node-pty's install step calls `npx node-gyp`; npm_config_yes answers npx's prompt.
  run('npm', ['rebuild', '@parcel/watcher', '@vscode/spdlog', 'node-pty', 'native-watchdog'], vscodeDir, { npm_config_yes: 'true' });
  // @vscode/ripgrep's postinstall would download rg from GitHub; use the Debian one instead.
  const rgDir = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgDir, { recursive: true });
  copyFileSync(findRipgrep(), join(rgDir, 'rg'));
  chmodSync(join(rgDir, 'rg'), 0o755);
  // The server looks for node_modules.asar (as in the packaged desktop build).
  const asar = join(vscodeDir, 'node_modules.asar');
  if (existsSync(asar) || isSymlink(asar)) rmSync(asar, { force: true });
  symlinkSync('node_modules', asar);
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], join(vscodeDir, 'extensions'));
  writeFileSync(markerFile, `${CODE_SERVER_VERSION}\n`);
  console.log(`install-code-server: installed VS Code server (code-server ${CODE_SERVER_VERSION}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return vscodeDir;
}

function isSymlink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const dir = installCodeServer();
    console.log(`install-code-server: ready: ${dir}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
