/**
 * The markdown of section R (real news), each floored figure recorded in the run's
 * floor list so `--check` fails on it. The README's speed table quotes these rows.
 */
import { floorCells, REAL_TEXT_FLOORS, type FloorCheck, type Floors } from './floors';
import type { KeystrokeFigures, RealTextResult } from './realText';
import { ms, rate, ratio } from './report';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `value (floor, met)` cells for a row. */
function floored(check: FloorCheck | undefined, what: string): string[] {
  return floorCells(check, what);
}

/** Section R's table; records the floors it checks. */
export function realTextTable(r: RealTextResult, floors: Floors): string {
  const rows: string[][] = [];
  const F = REAL_TEXT_FLOORS;
  if (r.ours && r.compromise) {
    const wps = (words: number, ms: number) => (words / ms) * 1000;
    const ourCold = wps(r.ours.words, r.ours.coldCpuMs);
    const ourWarm = wps(r.ours.words, r.ours.warmCpuMs);
    const theirs = wps(r.compromise.words, r.compromise.coldCpuMs);
    const cold = floors.atLeast('real news: full analysis, cold, single thread ÷ compromise (CPU time)', ourCold / theirs, F.coldVsCompromise);
    rows.push([
      `full analysis, cold: ${r.ours.articles} articles (${r.ours.words} words) once, in order, fresh process; words per CPU second (per wall second)`,
      `${rate(ourCold)} (${rate(wps(r.ours.words, r.ours.coldMs))})`,
      `compromise on the same articles: ${rate(theirs)} (${rate(wps(r.compromise.words, r.compromise.coldMs))})`,
      ratio(cold.value),
      ...floored(cold, 'speed'),
    ]);
    rows.push([
      'full analysis, warm: the same articles a second time',
      `${rate(ourWarm)} (${rate(wps(r.ours.words, r.ours.warmMs))})`,
      `compromise, cold: ${rate(theirs)}`,
      ratio(ourWarm / theirs),
      '',
      '',
    ]);
    rows.push(['slowest article of the cold pass, CPU', `${ms(r.ours.slowest.ms)} ms (${r.ours.slowest.words} words, ${r.ours.slowest.name})`, '', '', '', '']);
  }
  if (r.unseen) {
    const u = r.unseen;
    const p95 = floors.atMost('real news: first analysis of an unseen 1,000-word article, p95 (CPU time)', u.cpu.p95, F.unseen1kP95Ms);
    rows.push([
      `first analysis of an unseen 1,000-word article (${u.texts} texts of ${u.words.min}–${u.words.max} words joined from dev+test, after the ${u.warmedOn} train articles), CPU p50 / p95 ms (wall)`,
      `${ms(u.cpu.p50)} / ${ms(u.cpu.p95)} (${ms(u.timing.p50)} / ${ms(u.timing.p95)})`,
      '',
      '',
      ...floored(p95, 'p95'),
    ]);
  }
  if (r.keystroke) {
    const k = r.keystroke;
    const p95 = floors.atMost('real news: keystroke → fresh semantic tokens, 10,000 words, p95', k.timing.p95, F.keystrokeP95Ms);
    rows.push([
      `keystroke → fresh semantic tokens over stdio, ${k.words} words joined from ${k.articlesJoined} articles, ${k.edits} edits spread over it, in a fresh server whose workspace (the ${r.index?.articles ?? 1008} articles) is indexed, p50 / p95 ms`,
      ...keystrokeCells(k),
      ...floored(p95, 'p95'),
    ]);
  }
  if (r.keystrokeWhileIndexing) {
    const k = r.keystrokeWhileIndexing;
    rows.push([
      `the same keystrokes in a fresh server typed as it starts, while it builds the workspace's first index in a worker${k.indexedByTheEnd ? ' (the index ended before the last edit)' : ' (throughout)'}, p50 / p95 ms`,
      ...keystrokeCells(k),
      '',
      '',
    ]);
  }
  if (r.index) {
    const i = r.index;
    rows.push([
      `workspace index of the ${i.articles} articles (${i.megabytes.toFixed(1)} MB), first build`,
      `${(i.buildMs / 1000).toFixed(2)} s (${i.articlesPerSecond.toFixed(0)} articles/s)`,
      '',
      '',
      '',
      '',
    ]);
    rows.push([
      'server memory after that index, peak / now',
      i.memory ? `${i.memory.peakRssMiB.toFixed(0)} / ${i.memory.rssMiB.toFixed(0)} MiB` : 'not measured (no /proc)',
      '',
      '',
      '',
      '',
    ]);
  }
  if (r.jobs) {
    const j = r.jobs;
    const speedUp = floors.atLeast('real news: news-lens analyze --jobs 1 ÷ --jobs 2, wall time, median of the rounds', j.speedUp, F.jobs2VsOne);
    const cpu = (ms: number | undefined) => (ms === undefined ? '' : `, CPU ${(ms / 1000).toFixed(2)} s`);
    rows.push([
      `\`news-lens analyze --jobs 2\` over ${j.files} files, ${j.rounds.length} rounds back to back with \`--jobs 1\` (wall time, process start and output included; CPU time of all the process's threads; medians; ratio = median of the per-round ratios ${j.rounds.map((r) => (r.oneMs / r.twoMs).toFixed(2)).join(', ')})`,
      `${(j.twoMs / 1000).toFixed(2)} s${cpu(j.twoCpuMs)}`,
      `\`--jobs 1\`: ${(j.oneMs / 1000).toFixed(2)} s${cpu(j.oneCpuMs)}`,
      ratio(speedUp.value),
      ...floored(speedUp, 'speed'),
    ]);
  }
  if (r.stdin) {
    const s = r.stdin;
    const growth = s.atCheckpoint && s.atEnd ? s.atEnd.peakRssMiB / s.atCheckpoint.peakRssMiB : NaN;
    const check = floors.atMost(`real news: --stdin peak RSS after ${s.lines} ÷ after ${s.checkpoint} articles`, growth, F.stdinRssGrowth, '×');
    rows.push([
      `\`news-lens analyze --stdin --jobs 1\`: ${s.lines} real articles of ${s.wordsPerLine.toFixed(0)} words on average, peak RSS after ${s.checkpoint} / after ${s.lines}`,
      s.atCheckpoint && s.atEnd
        ? `${s.atCheckpoint.peakRssMiB.toFixed(0)} / ${s.atEnd.peakRssMiB.toFixed(0)} MiB (${rate(((s.lines * s.wordsPerLine) / s.ms) * 1000)} words/s)`
        : 'not measured (no /proc)',
      '',
      ratio(growth),
      ...floored(check, 'growth'),
    ]);
  }
  return table(['what', 'News Lens', 'baseline (same run)', 'ratio', 'floor', 'met'], rows);
}

/** A keystroke row's timing, baseline and ratio cells. */
function keystrokeCells(k: KeystrokeFigures): string[] {
  return [`${ms(k.timing.p50)} / ${ms(k.timing.p95)}`, `hover on an empty document: ${ms(k.baseline.p50)} ms p50`, ratio(k.timing.p50 / k.baseline.p50)];
}
