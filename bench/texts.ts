/**
 * The texts every benchmark section measures: the two seed articles (read from
 * ../shared at run time, never copied into the repository) and generated articles of
 * 1,000 and 10,000 words with fixed seeds, so runs on different days compare.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countWords, generateArticle } from './generate';

/** A text under test. */
export interface BenchText {
  name: string;
  text: string;
  words: number;
}

/** Repository root (this file runs from out/bench/). */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** The shared folder beside the repository; `NEWS_LENS_SHARED` overrides it. */
export const SHARED_DIR = process.env.NEWS_LENS_SHARED ?? resolve(REPO_ROOT, '..', 'shared');

/** Seeds of the generated articles; change them only with a note in the README, as figures move with them. */
export const GENERATED_SEEDS = { words1k: 1001, words10k: 10001 } as const;

/** The generated 1,000-word article. */
export function generated1k(): BenchText {
  return named('generated 1k', generateArticle(GENERATED_SEEDS.words1k, 1000));
}

/** The generated 10,000-word article. */
export function generated10k(): BenchText {
  return named('generated 10k', generateArticle(GENERATED_SEEDS.words10k, 10000));
}

/** The seed articles that exist here, and a note when they are missing. */
export function seedTexts(): { texts: BenchText[]; note?: string } {
  const dir = resolve(SHARED_DIR, 'seeds');
  const files: [string, string][] = [
    ['seed: Xinhua', '000_e07295b768965186.txt'],
    ['seed: Japan Times', '003_d9a3dc54a16cd947.txt'],
  ];
  const present = files.filter(([, file]) => existsSync(resolve(dir, file)));
  const texts = present.map(([name, file]) => named(name, readFileSync(resolve(dir, file), 'utf8')));
  const note = present.length < files.length ? `seed articles not found in ${dir} (set NEWS_LENS_SHARED); measured generated articles only` : undefined;
  return { texts, note };
}

function named(name: string, text: string): BenchText {
  return { name, text, words: countWords(text) };
}
