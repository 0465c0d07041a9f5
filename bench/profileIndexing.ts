/**
 * `node out/bench/profileIndexing.js [articles]`: runs the bundled server under
 * `--cpu-prof` on a generated workspace, sends hovers while the first indexing runs,
 * and prints where the server's CPU time went (inclusive and self time per function)
 * next to the hover latencies, to explain section E.2's figures. The workspace is
 * removed afterwards; the .cpuprofile stays in a temporary folder for DevTools.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarizeProfile } from './cpuProfile';
import { LspSession } from './lspSession';
import { msSince, summarize } from './stats';
import { ms } from './report';
import { createWorkspace } from './workspaceFixture';
import { WORKSPACE_SEED } from './workspaceBench';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const profileDir = mkdtempSync(join(tmpdir(), 'news-lens-profile-'));
  const fixture = createWorkspace(count, WORKSPACE_SEED);
  try {
    const session = await LspSession.start(fixture.dir, { workDoneProgress: true, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
    const uri = pathToFileURL(join(fixture.dir, 'open-empty.news')).toString();
    await session.open(uri, '');
    const samples: number[] = [];
    while (!session.isIndexed) {
      const start = process.hrtime.bigint();
      await session.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      samples.push(msSince(start));
    }
    const buildMs = Number((await session.indexed) - session.initializedAt) / 1e6;
    const reports = session.progressReports;
    const batch = summarize(reports.slice(1).map((t, i) => Number(t - reports[i]) / 1e6));
    await session.stop();
    const hover = summarize(samples);
    process.stdout.write(
      `${count} articles indexed in ${(buildMs / 1000).toFixed(2)} s; one indexing turn (between $/progress reports) p50 ${ms(batch.p50)} ms, p95 ${ms(batch.p95)} ms.\n`,
    );
    process.stdout.write(
      `Hover on an empty document during indexing: ${hover.runs} runs, p50 ${ms(hover.p50)} ms, p95 ${ms(hover.p95)} ms (${(hover.p50 / batch.p50).toFixed(2)} indexing turns at p50).\n\n`,
    );
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no profile written in ${profileDir}`);
    const { totalMs, functions } = summarizeProfile(join(profileDir, file));
    process.stdout.write(
      `Server CPU profile (${join(profileDir, file)}), ${totalMs.toFixed(0)} ms sampled. Top functions by inclusive time:\n\n| function | inclusive ms | % | self ms |\n| --- | --- | --- | --- |\n`,
    );
    for (const f of functions.filter((f) => !/^\((?:root|program|idle)\)/.test(f.name)).slice(0, 40)) {
      process.stdout.write(`| ${f.name} | ${f.inclusiveMs.toFixed(0)} | ${((f.inclusiveMs / totalMs) * 100).toFixed(1)} | ${f.selfMs.toFixed(0)} |\n`);
    }
  } finally {
    fixture.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
