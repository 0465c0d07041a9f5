// Builds the throw-away folder VS Code opens during the integration run: the repo's
// samples, the real seed article (copied at run time only, never into the repo, as the
// data's terms require) and a generated plain .txt that must not be taken for an article.
import { cpSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The seed article the suite checks real-world behaviour on (names, dates). */
export const SEED_FILE = '000_e07295b768965186.txt';

/** Where the read-only shared data lives: ../shared, or $NEWS_LENS_SHARED. */
export function sharedDir(repoRoot) {
  return process.env.NEWS_LENS_SHARED ? resolve(process.env.NEWS_LENS_SHARED) : resolve(repoRoot, '..', 'shared');
}

/** A shopping list: text a user keeps in .txt that has no dateline, source or quotes. */
const SHOPPING_LIST = ['Shopping list', '', '- 2 litres of milk', '- eggs (a dozen)', '- rye bread', '- apples, pears', '- washing-up liquid', ''].join('\n');

/**
 * Creates `<tmpRoot>/workspace` with the samples at its root (so samples/entities.yaml
 * is the workspace's default registry), the seed as `seed-article.news` and
 * `seed-article.txt` when ../shared is present, and `shopping-list.txt`.
 * Returns the folder and whether the seed was available.
 */
export function prepareWorkspace({ repoRoot, samplesDir, tmpRoot }) {
  const dir = join(tmpRoot, 'workspace');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(samplesDir)) throw new Error(`vscode: the samples folder ${samplesDir} does not exist`);
  cpSync(samplesDir, dir, { recursive: true });
  writeFileSync(join(dir, 'shopping-list.txt'), SHOPPING_LIST);
  const seed = join(sharedDir(repoRoot), 'seeds', SEED_FILE);
  const seedPresent = existsSync(seed);
  if (seedPresent) {
    copyFileSync(seed, join(dir, 'seed-article.news'));
    copyFileSync(seed, join(dir, 'seed-article.txt'));
  } else {
    console.log(`vscode: seed article ${seed} not found (set NEWS_LENS_SHARED); the seed-article tests will be skipped`);
  }
  return { dir, seedPresent };
}
