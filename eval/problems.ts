/**
 * Issue 16's measure of a quiet Problems panel: the precision of the "not in the registry"
 * diagnostics on the project's own annotated articles. Every report the editor would show
 * (unregisteredReports, the same function the diagnostics use) is checked against the gold:
 * it is correct when a gold name overlaps its span and no registry entry covers that name
 * (gold entityId null). Sets, each read when present:
 * - test/fixtures/linking: a newsroom registry and gold links for every name;
 * - test/fixtures/linking-heldout: the same layout, written apart from the linker;
 * - test/fixtures/quotes-heldout: no registry, so every gold name is unregistered; its names
 *   are annotated in `*.names.json` beside the quotation gold.
 * Run directly: `node out/eval/problems.js` (`NEWS_LENS_VERBOSE=1` prints every wrong report).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/analysis/analyze';
import { unregisteredReports } from '../server/src/analysis/problems';
import { EMPTY_REGISTRY, buildRegistry, parseRegistry, type Registry } from '../server/src/analysis/registry';
import type { TextSpan } from '../server/src/analysis/types';
import type { EvalResult } from './types';

/** A gold name: its span, and the registry id it links to (null when no entry covers it). */
interface GoldName extends TextSpan {
  text: string;
  entityId: string | null;
}

/** One annotated article: its text and gold names. */
interface Article {
  file: string;
  text: string;
  gold: GoldName[];
}

/** One evaluation set: its articles and the registry they are read with. */
interface NameSet {
  label: string;
  registry: Registry;
  articles: Article[];
}

const FIXTURES = path.resolve(__dirname, '..', '..', 'test', 'fixtures');

/** A set laid out as test/fixtures/linking: entities.yaml, articles/*.news, gold/<article>.json. */
function linkingLayout(dir: string, label: string): NameSet | undefined {
  if (!fs.existsSync(path.join(dir, 'articles')) || !fs.existsSync(path.join(dir, 'gold'))) return undefined;
  const registryFile = ['entities.yaml', 'entities.yml', 'entities.json'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  let registry = EMPTY_REGISTRY;
  if (registryFile) {
    const parsed = parseRegistry(fs.readFileSync(registryFile, 'utf8'), path.basename(registryFile));
    registry = buildRegistry([{ entries: parsed.entries, ignore: parsed.ignore, problems: [], ok: true }]);
  }
  const articles: Article[] = [];
  for (const file of fs.readdirSync(path.join(dir, 'articles')).sort()) {
    const goldFile = path.join(dir, 'gold', file.replace(/\.[^.]+$/, '.json'));
    if (!fs.existsSync(goldFile)) continue;
    const gold = (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { mentions: GoldName[] }).mentions;
    articles.push({ file, text: fs.readFileSync(path.join(dir, 'articles', file), 'utf8'), gold });
  }
  return { label, registry, articles };
}

/** The quotation held-out set: `NN-name.txt` with its names in `NN-name.names.json`; no registry. */
function quotesLayout(dir: string, label: string): NameSet | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const articles: Article[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const goldFile = path.join(dir, file.replace(/\.txt$/, '.names.json'));
    if (!fs.existsSync(goldFile)) continue;
    const names = (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { names: (TextSpan & { text: string })[] }).names;
    articles.push({ file, text: fs.readFileSync(path.join(dir, file), 'utf8'), gold: names.map((n) => ({ ...n, entityId: null })) });
  }
  return articles.length > 0 ? { label, registry: EMPTY_REGISTRY, articles } : undefined;
}

/** Tallies of one set. */
interface Tally {
  reports: number;
  correct: number;
}

/** Scores every set; `verbose` receives one line per wrong report. */
export async function evaluate(_corporaDir?: string, verbose?: (line: string) => void): Promise<EvalResult> {
  const title = 'Problems panel: "not in the registry" precision (issue 16)';
  const sets = [
    linkingLayout(path.join(FIXTURES, 'linking'), 'linking (registry of 196)'),
    linkingLayout(path.join(FIXTURES, 'linking-heldout'), 'linking held-out'),
    quotesLayout(path.join(FIXTURES, 'quotes-heldout'), 'quotation held-out (no registry)'),
  ].filter((s): s is NameSet => s !== undefined);
  if (sets.length === 0) return { title, table: [['set'], [`no annotated sets under ${FIXTURES}`]], metrics: [], notes: [] };
  const table = [['set', 'articles', 'reports', 'correct', 'precision']];
  const all: Tally = { reports: 0, correct: 0 };
  let mentions = 0;
  for (const set of sets) {
    const t: Tally = { reports: 0, correct: 0 };
    for (const article of set.articles) {
      const analysis = analyzeArticle(article.text, { registry: set.registry });
      for (const report of unregisteredReports(article.text, analysis, set.registry)) {
        const m = report.mention;
        mentions += report.count;
        const gold = article.gold.filter((g) => g.start < m.end && m.start < g.end);
        const ok = gold.length > 0 && gold.every((g) => g.entityId === null);
        t.reports++;
        if (ok) t.correct++;
        if (!ok && verbose)
          verbose(
            `${set.label} ${article.file} ${m.start} "${m.text}" (${m.type}, ${m.source}) gold: ${gold.length ? gold.map((g) => `"${g.text}"=${g.entityId}`).join(', ') : 'no name'}`,
          );
      }
    }
    all.reports += t.reports;
    all.correct += t.correct;
    table.push([set.label, String(set.articles.length), String(t.reports), String(t.correct), precision(t)]);
  }
  table.push(['all', String(sets.reduce((n, s) => n + s.articles.length, 0)), String(all.reports), String(all.correct), precision(all)]);
  return {
    title,
    table,
    metrics: [{ key: 'problems.unregistered.precision', value: all.reports > 0 ? all.correct / all.reports : 1 }],
    notes: [
      `One report per unregistered entity per article (${all.reports} reports for ${mentions} mentions). A report is correct when a gold name overlaps it and no registry entry covers that name.`,
      ...(sets.some((s) => s.label === 'linking held-out') ? [] : ['test/fixtures/linking-heldout is absent: not measured.']),
    ],
  };
}

function precision(t: Tally): string {
  return t.reports > 0 ? `${(t.correct / t.reports).toFixed(3)} (${t.correct}/${t.reports})` : '—';
}

if (require.main === module) {
  const verbose = process.env.NEWS_LENS_VERBOSE ? (line: string) => console.log(line) : undefined;
  void evaluate(undefined, verbose).then((result) => {
    for (const r of result.table) console.log(`| ${r.join(' | ')} |`);
    for (const note of result.notes ?? []) console.log(note);
  });
}
