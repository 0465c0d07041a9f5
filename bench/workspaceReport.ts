/**
 * Markdown tables of sections E (workspace-scale server) and F (50k registry). Each
 * floored figure is checked against the floor as the row is written, so the
 * table and `--check` can never disagree; every speed has a same-run baseline ratio.
 */
import { floorCells, type Floors } from './floors';
import { ms, ratio } from './report';
import type { RegistryScaleResult } from './registryScale';
import type { Timing } from './stats';
import type { Throughput } from './workspaceThroughput';
import type { WorkspaceLspResult } from './workspaceLsp';
import type { Memory } from './lspSession';

/** Issue floors, in ms. */
export const FLOORS = { request: 10, keystroke: 50, tokens: 50, references: 200, registryExtra: 3, sharedRegistryExtra: 2, analysis: 10 } as const;

/** One workspace's figures for the tables. */
export interface WorkspaceRun {
  lsp: WorkspaceLspResult;
  inProcess: Throughput;
  cli?: Throughput;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const perSecond = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');
const label = (articles: number) => `${articles.toLocaleString('en-US')} articles`;

/** E.1: index build, indexing and CLI throughput against the in-process core, peak memory against an idle server. */
export function indexTable(runs: readonly WorkspaceRun[], idle: Memory | undefined): string {
  const rows: string[][] = [];
  for (const { lsp, inProcess, cli } of runs) {
    const ws = label(lsp.articles);
    const base = `${perSecond(inProcess.articlesPerSecond)} articles/s in-process (${inProcess.articles} files)`;
    rows.push([
      ws,
      'index build, no requests (initialized → $/progress end)',
      `${(lsp.index.buildMs / 1000).toFixed(2)} s`,
      `${(lsp.articles / inProcess.articlesPerSecond).toFixed(2)} s at the in-process rate`,
      ratio(lsp.index.buildMs / ((lsp.articles / inProcess.articlesPerSecond) * 1000)),
      '—',
      '',
    ]);
    rows.push([
      ws,
      "index build while answering section E.2's requests",
      `${(lsp.during.buildMs / 1000).toFixed(2)} s`,
      `${(lsp.index.buildMs / 1000).toFixed(2)} s undisturbed`,
      ratio(lsp.during.buildMs / lsp.index.buildMs),
      '—',
      '',
    ]);
    rows.push([
      ws,
      'server indexing articles/s',
      perSecond(lsp.index.articlesPerSecond),
      base,
      ratio(lsp.index.articlesPerSecond / inProcess.articlesPerSecond),
      '—',
      '',
    ]);
    if (cli)
      rows.push([
        ws,
        `\`news-lens analyze --format jsonl\` articles/s (first ${cli.articles} files, process start included)`,
        perSecond(cli.articlesPerSecond),
        base,
        ratio(cli.articlesPerSecond / inProcess.articlesPerSecond),
        '—',
        '',
      ]);
    const peak = lsp.index.memory?.peakRssMiB;
    const now = lsp.index.memory?.rssMiB;
    rows.push([
      ws,
      'server peak RSS (VmHWM) after indexing',
      peak !== undefined && now !== undefined ? `${peak.toFixed(0)} MiB (RSS now ${now.toFixed(0)} MiB)` : 'n/a',
      idle ? `${idle.peakRssMiB.toFixed(0)} MiB idle server` : 'n/a',
      peak !== undefined && idle ? ratio(peak / idle.peakRssMiB) : 'n/a',
      '—',
      '',
    ]);
  }
  return table(['workspace', 'figure', 'value', 'baseline (same run)', 'ratio', 'floor', 'met'], rows);
}

function latencyRow(floors: Floors, ws: string, name: string, t: Timing, baseline: Timing, floor?: number): string[] {
  const check = floor !== undefined ? floors.below(`${ws}: ${name} p95`, t.p95, floor) : undefined;
  return [ws, name, String(t.runs), ms(t.p50), ms(t.p95), ratio(t.p50 / baseline.p50), ...floorCells(check)];
}

const LATENCY_HEADER = ['workspace', 'request', 'runs', 'p50 ms', 'p95 ms', 'p50 ÷ baseline p50', 'floor', 'met'];

/** E.2: latencies while the first indexing runs. */
export function duringIndexTable(runs: readonly WorkspaceRun[], floors: Floors): string {
  const rows: string[][] = [];
  for (const { lsp } of runs) {
    const ws = label(lsp.articles);
    const d = lsp.during;
    const b = lsp.warm.baseline;
    rows.push([ws, 'baseline: hover on an empty document, warm index (E.3)', String(b.runs), ms(b.p50), ms(b.p95), '1.00×', '—', '']);
    const batch = lsp.index.batch;
    rows.push([
      ws,
      'server: one indexing turn (time between $/progress reports, no requests)',
      String(batch.runs),
      ms(batch.p50),
      ms(batch.p95),
      ratio(batch.p50 / b.p50),
      '—',
      '',
    ]);
    rows.push(latencyRow(floors, ws, 'hover on an empty document, during indexing', d.baseline, b));
    rows.push(latencyRow(floors, ws, `hover on "${lsp.target}" (1k-word article), during indexing`, d.hover, b, FLOORS.request));
    rows.push(latencyRow(floors, ws, 'definition (1k-word article), during indexing', d.definition, b, FLOORS.request));
    rows.push(
      latencyRow(floors, ws, 'keystroke: 1-char didChange + semanticTokens/full (10k-word article), during indexing', d.keystroke, b, FLOORS.keystroke),
    );
  }
  return table(LATENCY_HEADER, rows);
}

/** E.3: latencies on the warm index. */
export function warmTable(runs: readonly WorkspaceRun[], floors: Floors): string {
  const rows: string[][] = [];
  for (const { lsp } of runs) {
    const ws = label(lsp.articles);
    const w = lsp.warm;
    rows.push([ws, 'baseline: hover on an empty document', String(w.baseline.runs), ms(w.baseline.p50), ms(w.baseline.p95), '1.00×', '—', '']);
    rows.push(latencyRow(floors, ws, `hover on "${lsp.target}" (1k-word article)`, w.hover, w.baseline, FLOORS.request));
    rows.push(latencyRow(floors, ws, 'definition (1k-word article)', w.definition, w.baseline, FLOORS.request));
    rows.push(latencyRow(floors, ws, 'semanticTokens/full, cached (10k-word article)', w.tokensCached, w.baseline, FLOORS.tokens));
    rows.push(latencyRow(floors, ws, 'semanticTokens/full after a 1-char edit (10k-word article)', w.tokensAfterEdit, w.baseline, FLOORS.tokens));
    rows.push(latencyRow(floors, ws, `references on "${lsp.target}" (${w.referenceCount} locations)`, w.references, w.baseline, FLOORS.references));
    rows.push(latencyRow(floors, ws, `workspace/symbol "${w.symbolQuery}" (${w.symbolCount} symbols)`, w.workspaceSymbol, w.baseline));
  }
  return table(LATENCY_HEADER, rows);
}

/** F: analysis of a 1,000-word article with the 50k registry against the empty one. */
export function registryScaleTable(r: RegistryScaleResult, floors: Floors): string {
  const extra = r.large.p50 - r.empty.p50;
  const extraCheck = floors.below(`50k registry: extra p50 time over the empty registry (${r.text})`, extra, FLOORS.registryExtra);
  // The issue bounds the slowdown ("not past a few milliseconds"), so both checks are on the extra time.
  const p95Check = floors.below(`50k registry: extra p95 time over the empty registry (${r.text})`, r.large.p95 - r.empty.p95, FLOORS.registryExtra);
  const row = (name: string, t: Timing): string[] => [name, String(t.runs), ms(t.p50), ms(t.p95), ratio(t.p50 / r.empty.p50), ms(t.p50 - r.empty.p50)];
  const sharedCheck = floors.below(
    `50k registry, a fifth of its names shared: extra p50 time over the empty registry, alternating runs (${r.text})`,
    r.shared.p50 - r.sharedBaseline.p50,
    FLOORS.sharedRegistryExtra,
  );
  return [
    table(
      ['registry', 'runs', 'p50 ms', 'p95 ms', 'p50 ÷ empty p50', 'extra p50 ms', 'floor', 'met'],
      [
        [...row('empty (baseline)', r.empty), '—', ''],
        [...row('workspace fixture (20 entities)', r.small), '—', ''],
        [
          ...row(`${r.entities.toLocaleString('en-US')} entities, ${r.surfaceForms.toLocaleString('en-US')} names and aliases`, r.large),
          `extra p50 and p95 < ${FLOORS.registryExtra} ms`,
          extraCheck.met && p95Check.met
            ? 'met'
            : `NOT MET (${[extraCheck.met ? '' : 'extra p50', p95Check.met ? '' : 'extra p95'].filter(Boolean).join(', ')})`,
        ],
        [
          `${r.entities.toLocaleString('en-US')} entities, ${r.sharedNames.shared.toLocaleString('en-US')} of ${r.sharedNames.distinct.toLocaleString('en-US')} names shared (${r.sharedMentions} shared-name mentions disambiguated), against the empty registry in alternating runs (p50 ${ms(r.sharedBaseline.p50)} ms)`,
          String(r.shared.runs),
          ms(r.shared.p50),
          ms(r.shared.p95),
          ratio(r.shared.p50 / r.sharedBaseline.p50),
          ms(r.shared.p50 - r.sharedBaseline.p50),
          `extra p50 < ${FLOORS.sharedRegistryExtra} ms`,
          sharedCheck.met ? 'met' : 'NOT MET',
        ],
      ],
    ),
    '',
    `Registry build (one run each): \`parseRegistry\` of the ${r.entities.toLocaleString('en-US')}-entity YAML ${ms(r.parseMs)} ms, \`buildRegistry\` ${ms(r.buildMs)} ms (${ratio((r.parseMs + r.buildMs) / r.empty.p50)} the empty-registry analysis of ${r.text}). ${r.registeredMentions} registered mentions found with the 50k registry.`,
  ].join('\n');
}
