/**
 * The keystroke path of section R without the stdio round trip, for profiling and for
 * proving the incremental path right: the 10,000-word article joined from the PolNeAR
 * test split (as bench/realText.ts builds it), the same seeded one-letter edits spread
 * over it, each followed by what the server does for a full tokens request (analyse
 * with the document's memo, encode the semantic tokens).
 *
 * `node out/bench/keystrokeCheck.js [--edits N] [--check] [--registry samples] [--profile FILE]`
 * prints p50/p95 of the in-process keystroke; `--check` also analyses every edited
 * text afresh (no memo) and exits 1 when the incremental analysis or its tokens
 * differ from the fresh ones. `--profile FILE` writes a V8 CPU profile of the timed
 * keystrokes only (not the first analysis, not the checks); bench/cpuProfile.ts reads it.
 */
import { Session } from 'node:inspector';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisMemo, analyzeArticle, buildRegistry, EMPTY_REGISTRY, parseRegistry, type Registry } from '../server/src/analysis';
import { semanticTokens } from '../server/src/features/semanticTokens';
import { typeAt } from '../server/src/service/warmUp';
import { joinedTexts, polnearPaths, readArticles } from './polnear';
import { Random } from './prng';
import { msSince, summarize } from './stats';
import { REPO_ROOT } from './texts';

/** The edit offsets of section R: `edits` fractions in a seeded shuffle, after five random warm-up ones. */
export function editFractions(edits: number): { warmup: number[]; fractions: number[] } {
  const random = new Random(12_012);
  const fractions = Array.from({ length: edits }, (_, k) => (k + 0.5) / edits);
  for (let i = fractions.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [fractions[i], fractions[j]] = [fractions[j], fractions[i]];
  }
  const warmup = Array.from({ length: 5 }, () => random.float());
  return { warmup, fractions };
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const edits = Number(option('--edits') ?? 120);
  const check = args.includes('--check');
  const registry: Registry =
    option('--registry') === 'samples' ? buildRegistry([parseRegistry(readFileSync(join(REPO_ROOT, 'samples', 'entities.yaml'), 'utf8'))]) : EMPTY_REGISTRY;
  const { paths, note } = polnearPaths();
  if (paths.length === 0) {
    process.stderr.write(`keystroke check: ${note}\n`);
    process.exitCode = 2;
    return;
  }
  const articles = readArticles(paths).filter((a) => a.name.startsWith('test/'));
  let text = joinedTexts(articles, 10_000)[0];
  const memo = new AnalysisMemo();
  let version = 1;
  const keystroke = () => {
    const document = TextDocument.create('file:///open-10k-real.news', 'news', version++, text);
    const analysis = analyzeArticle(text, { registry, memo });
    return { analysis, tokens: semanticTokens(document, analysis) };
  };
  keystroke();
  const { warmup, fractions } = editFractions(edits);
  for (const f of warmup) {
    text = typeAt(text, f);
    keystroke();
  }
  const profile = option('--profile');
  const session = profile ? new Session() : undefined;
  const post = (method: string) => new Promise<unknown>((done, fail) => session!.post(method, (error, result) => (error ? fail(error) : done(result))));
  if (session) {
    session.connect();
    // Synchronous in practice: the inspector answers on this thread before post returns.
    void post('Profiler.enable');
  }
  const profiles: CpuProfile[] = [];
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let compared = 0;
  const differ: number[] = [];
  fractions.forEach((f, i) => {
    text = typeAt(text, f);
    if (session) void post('Profiler.start');
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const incremental = keystroke();
    const used = process.cpuUsage(cpu);
    if (session) session.post('Profiler.stop', (_error, result) => result && profiles.push(result.profile as unknown as CpuProfile));
    samples.push(msSince(start));
    cpuSamples.push((used.user + used.system) / 1000);
    if (!check) return;
    const fresh = analyzeArticle(text, { registry });
    const freshTokens = semanticTokens(TextDocument.create('file:///fresh.news', 'news', 1, text), fresh);
    compared++;
    if (!isDeepStrictEqual(incremental.analysis, fresh) || !isDeepStrictEqual(incremental.tokens.data, freshTokens.data)) differ.push(i);
  });
  if (profile) {
    writeFileSync(profile, JSON.stringify(mergeProfiles(profiles)));
    session!.disconnect();
  }
  const t = summarize(samples);
  const c = summarize(cpuSamples);
  process.stdout.write(
    `keystroke (in process): ${edits} edits, wall p50 ${t.p50.toFixed(2)} ms p95 ${t.p95.toFixed(2)} ms; CPU p50 ${c.p50.toFixed(2)} ms p95 ${c.p95.toFixed(2)} ms mean ${c.mean.toFixed(2)} ms; memo ${JSON.stringify(memo.stats())}\n`,
  );
  if (check) {
    if (differ.length === 0) process.stdout.write(`keystroke check: incremental equals fresh after all ${compared} edits (analysis and tokens)\n`);
    else {
      process.stdout.write(`keystroke check: incremental DIFFERS from fresh after ${differ.length} of ${compared} edits: ${differ.slice(0, 20).join(', ')}\n`);
      process.exitCode = 1;
    }
  }
}

interface CpuProfile {
  nodes: { id: number; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** One profile of many (one per keystroke): nodes renumbered apart, samples concatenated (the summary adds per function, so the trees need not be joined). */
function mergeProfiles(profiles: readonly CpuProfile[]): CpuProfile {
  const merged: CpuProfile = { nodes: [], samples: [], timeDeltas: [] };
  let offset = 0;
  for (const p of profiles) {
    let top = 0;
    for (const n of p.nodes) {
      merged.nodes.push({ ...n, id: n.id + offset, children: n.children?.map((c) => c + offset) });
      top = Math.max(top, n.id);
    }
    for (const s of p.samples) merged.samples.push(s + offset);
    for (const d of p.timeDeltas) merged.timeDeltas.push(d);
    offset += top;
  }
  return merged;
}

if (require.main === module) main();
