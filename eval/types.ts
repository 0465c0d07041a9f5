/**
 * The shape every evaluation returns, so `npm run eval` can print one table and
 * check the issues' floors in one place.
 */

/** One measured number; `floor` is the minimum the project promises (issues' floors). */
export interface Metric {
  /** Stable key, e.g. `timebank.relaxed.f1`. */
  key: string;
  value: number;
  floor?: number;
}

/** What one evaluation prints and measures. */
export interface EvalResult {
  title: string;
  /** First row is the header. Cells are already formatted. */
  table: string[][];
  metrics: Metric[];
  /** Extra lines printed under the table (baselines, caveats). */
  notes?: string[];
}

/** An evaluation reads corpora from `corporaDir` (normally ../shared/corpora). */
export type Evaluation = (corporaDir: string) => Promise<EvalResult>;
