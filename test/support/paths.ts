/**
 * Where tests find the repository, the built bundles and the shared data. The
 * shared seeds and corpora live beside the repository (`../shared`) and are never
 * copied into it; tests that need them skip with a clear message when absent.
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

/** Why seed tests cannot run here, or undefined when the seeds are present. */
export function seedsMissing(): string | undefined {
  return existsSync(SEEDS.xinhua) && existsSync(SEEDS.japanTimes)
    ? undefined
    : `the seed articles are not at ${resolve(SHARED_DIR, 'seeds')} (set NEWS_LENS_SHARED to the shared folder)`;
}
