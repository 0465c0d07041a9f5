/**
 * Timing helpers of the benchmark. Machines are noisy (two shared cores), so every
 * figure is a median or a percentile over repeated runs after warm-up runs, and the
 * number of runs adapts to a time budget so slow cases do not blow the bench's time box.
 */

/** Summary of repeated timings, in milliseconds. */
export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  min: number;
  mean: number;
}

/** The q-quantile (0..1) of sorted values, by nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** p50, p95, min and mean of a list of durations in ms. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? NaN,
    mean: sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1),
  };
}

/** Milliseconds elapsed since `start` (a process.hrtime.bigint value). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** How many times to repeat a measurement. */
export interface Budget {
  warmup: number;
  minRuns: number;
  maxRuns: number;
  /** Stop adding runs once this many ms were spent measuring (after minRuns). */
  ms: number;
}

/** Times a synchronous function: warm-up runs, then runs until the budget is spent. */
export function timeSync(fn: () => unknown, budget: Budget): Timing {
  for (let i = 0; i < budget.warmup; i++) fn();
  const samples: number[] = [];
  const begun = process.hrtime.bigint();
  while (samples.length < budget.maxRuns && (samples.length < budget.minRuns || msSince(begun) < budget.ms)) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(msSince(start));
  }
  return summarize(samples);
}

/** Times an asynchronous function the same way; `fn` resolves when the measured work is done. */
export async function timeAsync(fn: (run: number) => Promise<unknown>, budget: Budget): Promise<Timing> {
  for (let i = 0; i < budget.warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  const begun = process.hrtime.bigint();
  while (samples.length < budget.maxRuns && (samples.length < budget.minRuns || msSince(begun) < budget.ms)) {
    const start = process.hrtime.bigint();
    await fn(samples.length);
    samples.push(msSince(start));
  }
  return summarize(samples);
}

/** Scales a budget's time and run counts (the `--quick` flag uses 0.3). */
export function scaleBudget(budget: Budget, factor: number): Budget {
  return {
    warmup: Math.max(1, Math.round(budget.warmup * factor)),
    minRuns: Math.max(3, Math.round(budget.minRuns * factor)),
    maxRuns: Math.max(3, Math.round(budget.maxRuns * factor)),
    ms: budget.ms * factor,
  };
}
