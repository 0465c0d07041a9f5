// Checks that the packaged extension (news-lens.vsix from `npm run package`) installs
// into a real VS Code and is listed under its published id, which catches a broken
// manifest or .vscodeignore that the development-folder run cannot see.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { runServerCli } from './server.mjs';

/** The id `publisher.name` from package.json, as VS Code lists it. */
export const EXTENSION_ID = 'news-lens.news-lens';

/**
 * Installs the vsix (news-lens.vsix in the repo, or $NEWS_LENS_VSIX) into a fresh
 * extensions folder and lists it. Returns a test outcome,
 * or undefined when the vsix is absent and NEWS_LENS_REQUIRE_VSIX is not set.
 */
export function checkVsix({ repoRoot, vscodeDir }) {
  const vsix = process.env.NEWS_LENS_VSIX ? resolve(process.env.NEWS_LENS_VSIX) : join(repoRoot, 'news-lens.vsix');
  const title = `vsix: ${EXTENSION_ID} installs from ${basename(vsix)}`;
  if (!existsSync(vsix)) {
    if (process.env.NEWS_LENS_REQUIRE_VSIX === '1') return { title, state: 'failed', error: `${vsix} is missing; run "npm run package" first` };
    console.log('vscode: news-lens.vsix not found; skipping the install check (run "npm run package" to include it)');
    return undefined;
  }
  const started = Date.now();
  const tmpRoot = mkdtempSync(join(tmpdir(), 'news-lens-vsix-'));
  try {
    const extensionsDir = join(tmpRoot, 'extensions');
    const install = runServerCli({ vscodeDir, tmpRoot, args: ['--install-extension', vsix, '--extensions-dir', extensionsDir] });
    if (install.status !== 0) return { title, state: 'failed', error: `--install-extension exited ${install.status}:\n${install.output}` };
    const list = runServerCli({ vscodeDir, tmpRoot, args: ['--list-extensions', '--extensions-dir', extensionsDir] });
    const ids = list.output.split(/\r?\n/).map((line) => line.trim().toLowerCase());
    if (list.status !== 0 || !ids.includes(EXTENSION_ID)) {
      return { title, state: 'failed', error: `--list-extensions (exit ${list.status}) does not show ${EXTENSION_ID}:\n${list.output}` };
    }
    return { title, state: 'passed', durationMs: Date.now() - started };
  } finally {
    rmSync(tmpRoot, { recursive: true, force: true });
  }
}
