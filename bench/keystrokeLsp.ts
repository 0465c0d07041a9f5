/**
 * Section R's keystroke figure alone, over stdio against `dist/server.js`, in a few
 * seconds instead of the whole section: the same 10,000-word article joined from the
 * PolNeAR test split, the same seeded edits, each followed by a full semantic-tokens
 * request. Also the server's CPU time per keystroke (from /proc, so the client's own
 * work and the machine's other load count less). `--rounds N` repeats the whole run in
 * fresh servers and prints each (compare ratios of runs interleaved with another build).
 *
 * `npm run build && node out/bench/keystrokeLsp.js [--edits 120] [--rounds 1] [--indexed] [--profile DIR]`
 * (`--indexed` puts the 1,008 articles in the workspace and types once the server has indexed
 * them, as section R's floor figure does; `--profile` writes the server's V8 CPU profile to DIR,
 * which bench/cpuProfile.ts reads).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { typeAt } from '../server/src/service/warmUp';
import { editFractions } from './keystrokeCheck';
import { LspSession } from './lspSession';
import { joinedTexts, polnearPaths, readArticles, type RealArticle } from './polnear';
import { copyInto } from './realText';
import { msSince, summarize } from './stats';

/** User plus system CPU time of a process in ms, from /proc (undefined elsewhere). */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function run(text0: string, edits: number, profileDir?: string, workspace?: readonly RealArticle[]): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-keystroke-'));
  if (workspace) copyInto(join(folder, 'articles'), workspace);
  const session = await LspSession.start(folder, {
    workDoneProgress: workspace !== undefined,
    ...(profileDir ? { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profileDir] } : {}),
  });
  try {
    if (workspace) await session.indexed;
    const uri = pathToFileURL(join(folder, 'open-10k-real.news')).toString();
    await session.open(uri, text0);
    await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    const { warmup, fractions } = editFractions(edits);
    let text = text0;
    const edit = async (fraction: number) => {
      text = typeAt(text, fraction);
      await session.change(uri, text);
      await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    };
    for (const f of warmup) await edit(f);
    const pid = session.child.pid;
    const cpuBefore = cpuMs(pid);
    const samples: number[] = [];
    for (const f of fractions) {
      const start = process.hrtime.bigint();
      await edit(f);
      samples.push(msSince(start));
    }
    const cpuAfter = cpuMs(pid);
    const t = summarize(samples);
    const cpu = cpuBefore !== undefined && cpuAfter !== undefined ? `, server CPU ${((cpuAfter - cpuBefore) / edits).toFixed(1)} ms per keystroke` : '';
    return `keystroke over stdio${workspace ? `, ${workspace.length} articles indexed` : ''}: ${edits} edits, p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, mean ${t.mean.toFixed(1)} ms${cpu}`;
  } finally {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const { paths, note } = polnearPaths();
  if (paths.length === 0) throw new Error(note);
  const articles = readArticles(paths);
  const text0 = joinedTexts(
    articles.filter((a) => a.name.startsWith('test/')),
    10_000,
  )[0];
  const profile = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
  for (let r = 0; r < option('--rounds', 1); r++)
    process.stdout.write(`${await run(text0, option('--edits', 120), profile, args.includes('--indexed') ? articles : undefined)}\n`);
}

if (require.main === module)
  void main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
