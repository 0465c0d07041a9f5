/**
 * Publication dates on articles written for issue 13 by an engineer who had not read
 * the date code (test/fixtures/pubdates: `NN-slug.txt` and gold.json, format in its
 * README). An article is found when the system's publication date equals gold, or,
 * when gold's year is not printed, when the system gives `XXXX-MM-DD` with gold's
 * month and day. A year the system gives that differs from gold's, or any year where
 * gold has `XXXX`, is an invented year: a failure counted on its own, because a wrong
 * anchor year silently shifts every relative date of the article.
 * Run directly: `node out/eval/pubdates.js [DIR]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../server/src/analysis';
import type { EvalResult } from './types';

/** One gold entry of gold.json. */
export interface PubdateGold {
  /** `YYYY-MM-DD`, `XXXX-MM-DD`, or null when the page gives no publication date. */
  date: string | null;
  /** True when the year is printed in the date an editor takes. */
  printedYear?: boolean;
  form?: string;
  note?: string;
}

/** How one article scored. */
export type PubdateOutcome = 'found' | 'missed' | 'invented';

/** Scores one system date against gold (see the file comment for the rules). */
export function scorePubdate(system: string | null, gold: PubdateGold): PubdateOutcome {
  const systemYear = system?.slice(0, 4);
  const goldYear = gold.date?.slice(0, 4);
  if (system !== null && /^\d{4}$/.test(systemYear!) && gold.date !== null && systemYear !== goldYear) return 'invented';
  if (system === gold.date) return 'found';
  if (system !== null && gold.date !== null && gold.printedYear === false && system === `XXXX${gold.date.slice(4)}`) return 'found';
  return 'missed';
}

/** The folder of the set, relative to the compiled file (out/eval) or the source (eval/). */
export function defaultPubdatesDir(): string {
  return resolve(__dirname, '..', '..', 'test', 'fixtures', 'pubdates');
}

/** Scores every article of gold.json (the corpora folder is not used: the set ships with the repository). */
export async function evaluate(_corporaDir: string, dir: string = defaultPubdatesDir()): Promise<EvalResult> {
  const goldFile = resolve(dir, 'gold.json');
  if (!existsSync(goldFile)) throw new Error(`No publication-date set at ${dir} (gold.json is missing).`);
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, PubdateGold>;
  const files = Object.keys(gold).sort();
  const counts = { found: 0, missed: 0, invented: 0 };
  const failures: string[][] = [];
  for (const file of files) {
    const text = readFileSync(resolve(dir, file), 'utf8');
    const system = analyzeArticle(text).publicationDate.value;
    const outcome = scorePubdate(system, gold[file]);
    counts[outcome]++;
    if (outcome !== 'found') failures.push([file, gold[file].form ?? '', String(gold[file].date), String(system), outcome]);
  }
  const total = files.length;
  const rate = (n: number) => (total === 0 ? 0 : n / total);
  return {
    title: `Publication dates (${total} articles written by a helper who had not read the date code)`,
    table: [
      ['measure', 'value', 'count'],
      ['articles found', `${(100 * rate(counts.found)).toFixed(1)}%`, `${counts.found}/${total}`],
      ['years invented', `${(100 * rate(counts.invented)).toFixed(1)}%`, `${counts.invented}/${total}`],
      ...failures.map((f) => [`${f[4]}: ${f[0]} (${f[1]})`, `gold ${f[2]}`, `system ${f[3]}`]),
    ],
    metrics: [
      { key: 'pubdates.found', value: rate(counts.found) },
      { key: 'pubdates.noInventedYear', value: 1 - rate(counts.invented) },
    ],
    notes: [
      "found = the publication date equals gold, or XXXX-MM-DD with gold's month and day when gold's year is not printed; an invented year (a year that differs from gold's, or any year where gold has XXXX) is a failure.",
    ],
  };
}

if (require.main === module) {
  evaluate('', process.argv[2] ? resolve(process.argv[2]) : undefined).then(
    (r) => {
      for (const row of r.table) console.log(row.join('\t'));
    },
    (error) => {
      console.error(`pubdates: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
