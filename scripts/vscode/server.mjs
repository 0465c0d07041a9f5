// Starts and stops the VS Code server (code-server's lib/vscode) for one test run.
// The server runs in its own process group so that stopping it also ends the extension
// host and the language server it spawned, and its output is kept for failure reports.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Asks the OS for a free loopback port. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Flags every server start needs: no token, no telemetry, no trust dialog, private dirs. */
function commonFlags(tmpRoot) {
  return [
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--user-data-dir',
    join(tmpRoot, 'user-data'),
    '--server-data-dir',
    join(tmpRoot, 'server-data'),
  ];
}

/**
 * Settings for the server side of the run: no git scanning of the temp workspace and
 * no extension update checks, so the logs printed on failure show the extension's story.
 * Auto save off, as in desktop VS Code: the web workbench defaults to saving after a
 * delay, which on a loaded machine wrote edits the tests undo (a quick fix, a broken
 * registry line) to disk before the undo.
 */
function writeMachineSettings(tmpRoot) {
  const dir = join(tmpRoot, 'server-data', 'data', 'Machine');
  mkdirSync(dir, { recursive: true });
  // The web build of VS Code saves edited files after a delay by default; the registry tests edit without saving and compare the disk.
  const settings = {
    'git.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'files.autoSave': 'off',
  };
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * Starts `node out/server-main.js` on a free port and resolves once it answers HTTP.
 * `env` is added to the server's environment; the extension host inherits it.
 * Returns `{ port, origin, output(), stop() }`.
 */
export async function startVsCodeServer({ vscodeDir, tmpRoot, env, timeoutMs = 60_000 }) {
  writeMachineSettings(tmpRoot);
  const port = await freePort();
  const args = [
    join(vscodeDir, 'out', 'server-main.js'),
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--disable-workspace-trust',
    ...commonFlags(tmpRoot),
    '--extensions-dir',
    join(tmpRoot, 'extensions'),
  ];
  const child = spawn(process.execPath, args, { cwd: vscodeDir, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  child.on('exit', (code, signal) => {
    exited = true;
    output += `\n[server exited: code ${code}, signal ${signal}]\n`;
  });
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    exited = true;
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`vscode: the server exited before it answered:\n${output}`);
    try {
      const response = await fetch(origin, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`vscode: the server did not answer within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, origin, isRunning: () => !exited, output: () => output, stop };
}

/** Runs the server's command-line extension management (install/list), synchronously. */
export function runServerCli({ vscodeDir, tmpRoot, args }) {
  const result = spawnSync(process.execPath, [join(vscodeDir, 'out', 'server-main.js'), ...commonFlags(tmpRoot), ...args], {
    cwd: vscodeDir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** The tail of every log file the server and extension host wrote (minus built-in git's), for failure reports. */
export function collectLogFiles(tmpRoot, maxLinesPerFile = 150) {
  const logs = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.log') && !/vscode\.git(hub)?[\\/]/.test(path)) {
        const lines = readFileSync(path, 'utf8').split('\n');
        if (lines.join('').trim() === '') continue;
        logs.push({ path, text: lines.slice(-maxLinesPerFile).join('\n') });
      }
    }
  };
  walk(join(tmpRoot, 'server-data'));
  walk(join(tmpRoot, 'user-data'));
  return logs;
}
