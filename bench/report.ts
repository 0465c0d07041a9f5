/**
 * Markdown tables of the benchmark results, the form the README quotes. Every speed
 * figure stands beside a ratio to a baseline measured in the same run.
 */
import { CoreRow, TaggerRow, wordsPerSecond } from './core';
import { floorCells, type Floors } from './floors';
import type { LspResult } from './lsp';
import type { Timing } from './stats';

/** Milliseconds with precision that suits their size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** A rate (per second) in thousands or millions. */
export function rate(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 1e6 ? `${(value / 1e6).toFixed(2)} M` : `${(value / 1e3).toFixed(1)} k`;
}

/** A ratio such as `3.4×`. */
export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×` : 'n/a';
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The floor for full analysis: at least this many times compromise's words per second on the same text. */
export const SPEED_VS_COMPROMISE_FLOOR = 20;

/** Section A: words/second of our analysis against compromise and chrono, with the speed-up floor checked on every text. */
export function coreTable(rows: readonly CoreRow[], floors: Floors): string {
  return table(
    [
      'text',
      'words',
      'News Lens words/s (p50 / p95 ms)',
      'compromise words/s (p50 ms)',
      'chrono words/s (p50 ms)',
      'ours ÷ compromise (speed)',
      'floor',
      'met',
      'our time ÷ chrono time',
    ],
    rows.map((r) => {
      const speedUp = floors.atLeast(`${r.text}: full analysis speed ÷ compromise`, r.compromise.p50 / r.ours.p50, SPEED_VS_COMPROMISE_FLOOR);
      return [
        r.text,
        String(r.words),
        `${rate(wordsPerSecond(r.words, r.ours.p50))} (${ms(r.ours.p50)} / ${ms(r.ours.p95)})`,
        `${rate(wordsPerSecond(r.words, r.compromise.p50))} (${ms(r.compromise.p50)})`,
        `${rate(wordsPerSecond(r.words, r.chrono.p50))} (${ms(r.chrono.p50)})`,
        ratio(speedUp.value),
        ...floorCells(speedUp, 'speed'),
        ratio(r.ours.p50 / r.chrono.p50),
      ];
    }),
  );
}

/** Section A, second table: full analysis of the 1,000-word article against the floor. */
export function analysisTimeTable(row: CoreRow, coldMs: number, floors: Floors): string {
  const p50 = floors.below(`${row.text}: full analysis p50`, row.ours.p50, 10);
  const p95 = floors.below(`${row.text}: full analysis p95`, row.ours.p95, 10);
  return table(
    ['text', 'runs', 'p50 ms', 'p95 ms', 'floor', 'met', 'p50 ÷ compromise p50', 'first call in process (ms)'],
    [
      [
        row.text,
        String(row.ours.runs),
        ms(row.ours.p50),
        ms(row.ours.p95),
        'p50 and p95 < 10 ms',
        p50.met && p95.met ? 'met' : 'NOT MET',
        ratio(row.ours.p50 / row.compromise.p50),
        ms(coldMs),
      ],
    ],
  );
}

/** Section B: tokens/second of the name tagger against compromise. */
export function taggerTable(rows: readonly TaggerRow[]): string {
  return table(
    ['text', 'tokens', 'tagger tokens/s (p50 / p95 ms)', 'compromise tokens/s (p50 ms)', 'tagger ÷ compromise (speed)'],
    rows.map((r) => [
      r.text,
      String(r.tokens),
      `${rate(wordsPerSecond(r.tokens, r.tagger.p50))} (${ms(r.tagger.p50)} / ${ms(r.tagger.p95)})`,
      `${rate(wordsPerSecond(r.tokens, r.compromise.p50))} (${ms(r.compromise.p50)})`,
      ratio(r.compromise.p50 / r.tagger.p50),
    ]),
  );
}

function latency(t: Timing, baseline: Timing): string[] {
  return [ms(t.p50), ms(t.p95), ratio(t.p50 / baseline.p50)];
}

/** Section C: request latencies over stdio, as multiples of a trivial round trip. */
export function lspTable(result: LspResult): string {
  const b = result.baseline;
  const rows = [
    ['baseline: hover on an empty document', '—', ...latency(b, b), '', '', ''],
    ...result.rows.map((r) => [`${r.method} (${r.text}, ${r.words} words)`, String(r.cached.runs), ...latency(r.cached, b), ...latency(r.afterEdit, b)]),
    [
      `keystroke: 1-char didChange + semanticTokens/full (${result.keystroke.text})`,
      String(result.keystroke.timing.runs),
      '',
      '',
      '',
      ...latency(result.keystroke.timing, b),
    ],
  ];
  return table(
    ['request', 'runs', 'cached p50 ms', 'cached p95 ms', 'cached ÷ baseline', 'after edit p50 ms', 'after edit p95 ms', 'after edit ÷ baseline'],
    rows,
  );
}

/** Section D: peak RSS of the server, idle and after opening the large article. */
export function memoryTable(memory: LspResult['memory']): string {
  if (!memory.idle || !memory.afterOpen) return '_memory not measured: /proc/<pid>/status is not readable on this system_';
  return table(
    ['server process', 'peak RSS (VmHWM) MiB', 'RSS now MiB', 'peak ÷ idle peak'],
    [
      ['idle after initialize', memory.idle.peakRssMiB.toFixed(1), memory.idle.rssMiB.toFixed(1), '1.00×'],
      [
        `after opening ${memory.text} (tokens, symbols, hover)`,
        memory.afterOpen.peakRssMiB.toFixed(1),
        memory.afterOpen.rssMiB.toFixed(1),
        ratio(memory.afterOpen.peakRssMiB / memory.idle.peakRssMiB),
      ],
    ],
  );
}
