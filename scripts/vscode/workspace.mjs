// Builds the throw-away folder VS Code opens during the integration run: the repo's
// samples, the real seed article (copied at run time only, never into the repo, as the
// data's terms require), a generated plain .txt that must not be taken for an article,
// and a generated follow-up article that shares registered names with harbor-strike.news
// (so hovers, references and the Entities view have a second article to point at).
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

/** The generated second article; it names people and organisations of samples/entities.yaml. */
export const FOLLOW_UP_FILE = 'port-talks.news';

/**
 * An invented follow-up to harbor-strike.news (written here, never from the seeds):
 * a registered person quoted by full name and surname, a registered union and place.
 */
const FOLLOW_UP = [
  'Minister joins Rotterdam port talks as dock strike enters second day',
  '',
  'ROTTERDAM, March 19 (Coastline Wire) -- Infrastructure Minister Pieter Hendriks joined talks between terminal operators and the Dutch Dockers Federation on Tuesday, the second day of the strike.',
  '',
  '"Nobody leaves this building until there is a timetable," Hendriks told reporters before the meeting.',
  '',
  'Johanna Brinkman said the union would listen but would not end the walkout without written guarantees.',
  '',
].join('\n');

/**
 * Creates `<tmpRoot>/workspace` with the samples at its root (so samples/entities.yaml
 * is the workspace's default registry), the seed as `seed-article.news` and
 * `seed-article.txt` when ../shared is present, `shopping-list.txt` and the follow-up article.
 * Returns the folder and whether the seed was available.
 */
export function prepareWorkspace({ repoRoot, samplesDir, tmpRoot }) {
  const dir = join(tmpRoot, 'workspace');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(samplesDir)) throw new Error(`vscode: the samples folder ${samplesDir} does not exist`);
  cpSync(samplesDir, dir, { recursive: true });
  writeFileSync(join(dir, 'shopping-list.txt'), SHOPPING_LIST);
  writeFileSync(join(dir, FOLLOW_UP_FILE), FOLLOW_UP);
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
