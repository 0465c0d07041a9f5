/**
 * `npm run bench`: measures News Lens against baselines taken in the same run and
 * prints markdown tables (for the README), and writes the same figures to
 * bench-results.json. `--quick` cuts every budget to about a third for a smoke run;
 * `--no-lsp` skips the stdio sections; `--json <path>` writes the JSON elsewhere.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { benchCore, benchTagger, coldStart, CoreRow, loadTagger, TaggerRow, warmUp, wordsPerSecond } from './core';
import { benchLsp, LspResult } from './lsp';
import { analysisTimeTable, coreTable, lspTable, memoryTable, taggerTable } from './report';
import { Budget, msSince, scaleBudget } from './stats';
import { generated10k, generated1k, REPO_ROOT, seedTexts } from './texts';

const args = process.argv.slice(2);
const factor = args.includes('--quick') ? 0.3 : 1;
const jsonIndex = args.indexOf('--json');
const jsonPath = resolve(jsonIndex >= 0 && args[jsonIndex + 1] ? args[jsonIndex + 1] : resolve(REPO_ROOT, 'bench-results.json'));
const budget = (b: Budget) => scaleBudget(b, factor);

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const startLoad = loadavg()[0];
  const seeds = seedTexts();
  const g1k = generated1k();
  const g10k = generated10k();
  const texts = [...seeds.texts, g1k, g10k];
  const out: string[] = ['# News Lens benchmark', '', `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${startLoad.toFixed(2)} at start (figures are noisy when it is above the core count; compare the ratios).`, ''];
  const print = (...lines: string[]) => {
    out.push(...lines);
    process.stdout.write(lines.join('\n') + '\n');
  };
  process.stdout.write(out.join('\n') + '\n');
  if (seeds.note) print(`> ${seeds.note}`, '');

  const cold = coldStart(g1k.text);
  warmUp(texts, 3000 * factor);
  const core: CoreRow[] = benchCore(texts, budget({ warmup: 5, minRuns: 10, maxRuns: 400, ms: 2000 }));
  print('## A. Core analysis throughput', '', 'News Lens = `analyzeArticle` (structure, names, dates, quotes); compromise = `nlp(text)` + `.people()`, `.places()`, `.organizations()`; chrono = `chrono.parse(text, publicationDate)`.', '', coreTable(core), '');
  const row1k = core.find((r) => r.text === g1k.name) as CoreRow;
  const full1k = benchCore([g1k], budget({ warmup: 5, minRuns: 100, maxRuns: 1000, ms: 3000 }))[0];
  print('Full analysis of a 1,000-word article (issue floor: well under 10 ms):', '', analysisTimeTable(full1k, cold), '');

  const tagger = loadTagger();
  let taggerRows: TaggerRow[] | undefined;
  print('## B. Name tagger', '');
  if (tagger) {
    taggerRows = benchTagger(tagger, texts, core, budget({ warmup: 5, minRuns: 10, maxRuns: 400, ms: 1500 }));
    print('`tagNames` over the blank-line paragraphs; tokens counted by the tagger\'s tokenizer for both columns; compromise timings are section A\'s.', '', taggerTable(taggerRows), '');
  } else {
    print('tagger not available', '');
  }

  let lsp: LspResult | undefined;
  if (!args.includes('--no-lsp')) {
    lsp = await benchLsp([g1k, g10k], g10k, {
      baseline: budget({ warmup: 100, minRuns: 100, maxRuns: 500, ms: 1000 }),
      cached: budget({ warmup: 3, minRuns: 30, maxRuns: 300, ms: 1200 }),
      afterEdit: budget({ warmup: 2, minRuns: 15, maxRuns: 100, ms: 2500 }),
      keystroke: budget({ warmup: 5, minRuns: 50, maxRuns: 50, ms: 0 }),
    });
    print('## C. Language server over stdio', '', '`dist/server.js --stdio`, JSON-RPC round trips from this process. "After edit" = a didChange with a version bump (full text) then the request, timed together; ratios are p50 ÷ the baseline p50.', '', lspTable(lsp), '');
    print('## D. Server memory', '', memoryTable(lsp.memory), '');
  }
  const seconds = msSince(started) / 1000;
  print(`_Bench took ${seconds.toFixed(0)} s; load average ${loadavg()[0].toFixed(2)} at the end._`);

  const results = {
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, platform: process.platform, loadAverageAtStart: startLoad, loadAverageAtEnd: loadavg()[0] },
    quick: factor !== 1,
    seconds,
    notes: seeds.note ? [seeds.note] : [],
    core: core.map((r) => ({ ...r, wordsPerSecond: { ours: wordsPerSecond(r.words, r.ours.p50), compromise: wordsPerSecond(r.words, r.compromise.p50), chrono: wordsPerSecond(r.words, r.chrono.p50) }, oursOverCompromiseSpeed: r.compromise.p50 / r.ours.p50, oursOverChronoTime: r.ours.p50 / r.chrono.p50 })),
    analysis1k: { text: full1k.text, words: full1k.words, p50: full1k.ours.p50, p95: full1k.ours.p95, runs: full1k.ours.runs, floorMs: 10, coldStartMs: cold, sectionARow: row1k.ours },
    tagger: taggerRows ? taggerRows.map((r) => ({ ...r, tokensPerSecond: { tagger: wordsPerSecond(r.tokens, r.tagger.p50), compromise: wordsPerSecond(r.tokens, r.compromise.p50) } })) : null,
    lsp: lsp ?? null,
    markdown: out.join('\n'),
  };
  writeFileSync(jsonPath, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`\nResults written to ${jsonPath}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
