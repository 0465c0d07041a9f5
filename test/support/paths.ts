/**
 * Where tests find the repository, the built bundles and the shared data. The
 * shared seeds and corpora live beside the repository (`../shared`) and are never
 * copied into it; tests that need them skip with a clear message when absent, except
 * under `CI=true`, where a missing fixture fails the run: a skipped check must never
 * pass for a green build.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root (tests run from out/test/<level>/). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** The shared folder with seeds and corpora; `NEWS_LENS_SHARED` overrides it. */
export const SHARED_DIR = process.env.NEWS_LENS_SHARED ?? resolve(REPO_ROOT, '..', 'shared');

/** The two seed articles the product was imagined for. */
export const SEEDS = {
  xinhua: resolve(SHARED_DIR, 'seeds', '000_e07295b768965186.txt'),
  japanTimes: resolve(SHARED_DIR, 'seeds', '003_d9a3dc54a16cd947.txt'),
};

/**
 * Why a test that needs `paths` cannot run here (to pass as its skip reason), or undefined when
 * they all exist. Under `CI=true` it throws instead, so the test fails rather than silently skips.
 */
export function sharedMissing(what: string, ...paths: string[]): string | undefined {
  const absent = paths.find((p) => !existsSync(p));
  if (absent === undefined) return undefined;
  const why = `${what} not found at ${absent} (set NEWS_LENS_SHARED to the shared folder)`;
  if (process.env.CI) throw new Error(`${why}; under CI=true a missing fixture fails the run instead of skipping`);
  return why;
}

/** Why seed tests cannot run here, or undefined when the seeds are present (throws under CI=true). */
export function seedsMissing(): string | undefined {
  return sharedMissing('the seed articles', SEEDS.xinhua, SEEDS.japanTimes);
}
