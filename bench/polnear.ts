/**
 * The real news the benchmark's headline figures are measured on: the 1,008 PolNeAR
 * articles (US political news, 2015–16), read from ../shared/corpora/polnear/<split>/text
 * at run time and never copied into the repository. Distinct real articles are what a
 * user's archive looks like; the seed and generated texts keep the per-word caches warm.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countWords } from './generate';
import { SHARED_DIR } from './texts';

/** One real article. */
export interface RealArticle {
  /** `split/file.txt`. */
  name: string;
  path: string;
  text: string;
  words: number;
}

/** The PolNeAR splits, in the order the cold pass reads them. */
export const POLNEAR_SPLITS = ['train', 'dev', 'test'] as const;

/** Where the corpus is looked for: `$NEWS_LENS_SHARED/corpora/polnear`, else ../shared/corpora/polnear. */
export function polnearDir(): string {
  return resolve(SHARED_DIR, 'corpora', 'polnear');
}

/** The articles' paths in a fixed order (split, then file name); empty with a note when the corpus is absent. */
export function polnearPaths(): { paths: string[]; note?: string } {
  const dir = polnearDir();
  const paths: string[] = [];
  for (const split of POLNEAR_SPLITS) {
    const textDir = join(dir, split, 'text');
    if (!existsSync(textDir)) continue;
    for (const file of readdirSync(textDir)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      paths.push(join(textDir, file));
  }
  if (paths.length === 0)
    return {
      paths,
      note: `the PolNeAR articles are not at ${dir}/{train,dev,test}/text (set NEWS_LENS_SHARED to the shared folder): the real-text figures were NOT measured`,
    };
  return { paths };
}

/** Reads the articles at `paths`. */
export function readArticles(paths: readonly string[]): RealArticle[] {
  return paths.map((path) => {
    const text = readFileSync(path, 'utf8');
    const parts = path.split(/[\\/]/);
    return { name: `${parts[parts.length - 3]}/${parts[parts.length - 1]}`, path, text, words: countWords(text) };
  });
}

/** Blank-line paragraphs of a text, trimmed, non-empty. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * Texts of at least `words` words made of whole paragraphs of consecutive articles
 * (an article's paragraphs stay together and in order; a text ends at the first
 * paragraph boundary past `words`). The last partial text is dropped.
 */
export function joinedTexts(articles: readonly RealArticle[], words: number): string[] {
  const texts: string[] = [];
  let current: string[] = [];
  let count = 0;
  for (const article of articles) {
    for (const paragraph of paragraphsOf(article.text)) {
      current.push(paragraph);
      count += countWords(paragraph);
      if (count >= words) {
        texts.push(current.join('\n\n') + '\n');
        current = [];
        count = 0;
      }
    }
  }
  return texts;
}
