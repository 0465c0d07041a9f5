/**
 * The issue floors the benchmark checks. Every floored figure is recorded here as it
 * is measured, so the tables print "met" / "NOT MET" beside the number and `--check`
 * can fail the run (exit 1) from one list instead of re-deriving each comparison.
 */

/**
 * Issue 12's floors on real news (the 1,008 PolNeAR articles), all ratios or
 * percentiles measured in the same run.
 */
export const REAL_TEXT_FLOORS = {
  /** Full analysis, each article once in order in a fresh process: at least this many times compromise's words/s. */
  coldVsCompromise: 25,
  /** `news-lens analyze --jobs 2` over the same files: at least this many times as fast as `--jobs 1`. */
  jobs2VsOne: 1.7,
  /** Keystroke → fresh semantic tokens on 10,000 words of real news, p95, ms (at most). */
  keystrokeP95Ms: 20,
  /** First analysis of an unseen 1,000-word real article, p95, ms (at most). */
  unseen1kP95Ms: 10,
  /** `--stdin` peak RSS after 20,000 articles ÷ after 2,000 (at most). */
  stdinRssGrowth: 1.1,
} as const;

/** One figure compared with its floor: a time that must stay below a limit, or a speed-up that must reach one. */
export interface FloorCheck {
  /** What was measured, as the table names it. */
  figure: string;
  value: number;
  limit: number;
  unit: string;
  /** "<": value must stay below limit; "≤": at most the limit; "≥": value must reach it. */
  direction: '<' | '≤' | '≥';
  met: boolean;
}

/** Collects floor checks across the sections of one run. */
export class Floors {
  readonly checks: FloorCheck[] = [];

  /** Records `value < limit` and returns the check, for the table cell. */
  below(figure: string, value: number, limit: number, unit = 'ms'): FloorCheck {
    const check: FloorCheck = { figure, value, limit, unit, direction: '<', met: Number.isFinite(value) && value < limit };
    this.checks.push(check);
    return check;
  }

  /** Records `value <= limit` (a percentile the issue bounds with "at most") and returns the check. */
  atMost(figure: string, value: number, limit: number, unit = 'ms'): FloorCheck {
    const check: FloorCheck = { figure, value, limit, unit, direction: '≤', met: Number.isFinite(value) && value <= limit };
    this.checks.push(check);
    return check;
  }

  /** Records `value >= limit` (a ratio such as "20× compromise's words/s") and returns the check. */
  atLeast(figure: string, value: number, limit: number, unit = '×'): FloorCheck {
    const check: FloorCheck = { figure, value, limit, unit, direction: '≥', met: Number.isFinite(value) && value >= limit };
    this.checks.push(check);
    return check;
  }

  /** The checks that failed. */
  failed(): FloorCheck[] {
    return this.checks.filter((c) => !c.met);
  }
}

/** The "floor" and "met" cells of a table row: `p95 < 10 ms`, `met` or `NOT MET`. */
export function floorCells(check: FloorCheck | undefined, what = 'p95'): [string, string] {
  if (!check) return ['—', ''];
  return [`${what} ${check.direction} ${check.limit} ${check.unit}`, check.met ? 'met' : 'NOT MET'];
}
