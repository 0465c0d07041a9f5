// Makes sure the machine has what `npm test` needs beyond npm, before any test runs,
// so a newcomer's first `npm test` either passes or stops at once with the one
// command to run, instead of failing after the unit tests.
//
// The real-VS-Code suite needs a browser (Debian's `chromium`), `rg` (the VS Code
// server ships a ripgrep that it downloads from GitHub, which these machines cannot
// reach) and a C++ toolchain for the VS Code server's native modules. None of them
// comes from npm: `@sparticuz/chromium` carries a Chromium in its tarball, but it
// loads the system's NSS libraries (Debian's libnss3, which only the chromium
// package brings), declares Node >= 22, and adds 67 MB to every `npm ci`; ripgrep and
// the compiler would still need apt. So: Debian packages. GNU parallel (Debian's
// `parallel`) is there for the test that shards `news-lens analyze --stdin` with it.
//
// Run as root on Debian/Ubuntu, it installs what is missing with apt-get, saying what
// and why. Run as another user, it prints the exact command and exits 1.
// Usage: node scripts/prerequisites.mjs [--check]   (--check: never install, only report)
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** What the suite needs: a test that passes for each, the Debian package, and why. */
const NEEDS = [
  {
    pkg: 'chromium',
    why: 'the browser that drives the real VS Code test suite',
    present: () => existsSync(process.env.NEWS_LENS_CHROMIUM ?? '/usr/bin/chromium'),
  },
  { pkg: 'ripgrep', why: 'rg, which the VS Code server needs and cannot download here', present: () => onPath('rg') },
  { pkg: 'g++', why: "a C++ compiler for the VS Code server's native modules (node-pty, spdlog)", present: () => onPath('g++') },
  { pkg: 'make', why: "node-gyp's build tool for those modules", present: () => onPath('make') },
  { pkg: 'python3', why: 'node-gyp runs on Python', present: () => onPath('python3') },
  { pkg: 'parallel', why: 'GNU parallel, which the test of news-lens analyze --stdin shards a stream with', present: () => gnuParallel() },
];

/** GNU parallel, not moreutils' program of the same name (Debian's `parallel` package diverts that one). */
function gnuParallel() {
  const result = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('GNU parallel');
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(cmd, args) {
  console.log(`prerequisites: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`prerequisites: "${cmd} ${args.join(' ')}" failed with status ${result.status}`);
    process.exit(1);
  }
}

const missing = NEEDS.filter((need) => !need.present());
if (missing.length === 0) process.exit(0);

const packages = missing.map((m) => m.pkg);
const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.argv.includes('--check') || !isRoot || !onPath('apt-get')) {
  console.error('prerequisites: npm test needs Debian packages that are not installed:');
  for (const m of missing) console.error(`  ${m.pkg}: ${m.why}`);
  if (!onPath('apt-get')) console.error('This is not a Debian or Ubuntu machine: install the equivalent packages with its package manager.');
  else console.error(`Run once, as root:\n  sudo sh -c '${command}'`);
  process.exit(1);
}

console.log(`prerequisites: installing ${packages.join(', ')} with apt-get (once; later runs skip this):`);
for (const m of missing) console.log(`  ${m.pkg}: ${m.why}`);
const started = Date.now();
run('apt-get', ['update', '-qq']);
run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
const still = NEEDS.filter((need) => !need.present());
if (still.length > 0) {
  console.error(`prerequisites: still missing after apt-get: ${still.map((m) => m.pkg).join(', ')}`);
  process.exit(1);
}
console.log(`prerequisites: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
