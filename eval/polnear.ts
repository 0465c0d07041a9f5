/**
 * PolNeAR evaluation of quotation detection and speaker attribution (test split).
 * Gold: the attributions (brat standoff, `attributions/*.ann`) whose Content starts
 * with a quotation mark. Several annotators may annotate one text (`<name>_<id>.ann`);
 * each annotation is scored against the same system output and the counts are summed.
 * Run directly: `node out/eval/polnear.js [corporaDir]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findQuotes, type RoleIndex } from '../server/src/analysis/quotes';
import { paragraphsOf, splitLines } from '../server/src/analysis/lines';
import type { EntityMention, QuoteMention, TextSpan } from '../server/src/analysis/types';
import type { EvalResult } from './types';

/** Supplies entity mentions for an article; the real name tagger plugs in here. */
export type EntityFinder = (text: string, paragraphs: TextSpan[]) => EntityMention[];

/** What the lead can plug in; without `findEntities` the quotes module's capitalized-name fallback is used. */
export interface PolnearOptions {
  findEntities?: EntityFinder;
  roles?: RoleIndex;
  /** Called for each miss, for error analysis (`NEWS_LENS_VERBOSE=1` prints them when run directly). */
  onError?: (error: PolnearError) => void;
}

/** One gold quotation the system missed or attributed to the wrong speaker. */
export interface PolnearError {
  kind: 'missed' | 'wrong-speaker' | 'no-speaker' | 'false-positive';
  file: string;
  quote: string;
  gold?: string;
  predicted?: string;
}

interface GoldQuote extends TextSpan {
  source: TextSpan[];
}

interface BratSpan {
  type: string;
  fragments: TextSpan[];
}

const QUOTE_START = /^\s*["“”«]/;

/** Parses the T (text-bound) and E (event) lines of a brat .ann file. */
function parseBrat(ann: string): { spans: Map<string, BratSpan>; events: Map<string, string>[] } {
  const spans = new Map<string, BratSpan>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      const fragments = body
        .slice(space + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .map(([start, end]) => ({ start, end }));
      spans.set(id, { type: body.slice(0, space), fragments });
    } else if (id.startsWith('E')) {
      const roles = new Map<string, string>();
      for (const arg of body.split(/\s+/)) {
        const [role, ref] = arg.split(':');
        if (role && ref) roles.set(role.replace(/\d+$/, ''), ref);
      }
      events.push(roles);
    }
  }
  return { spans, events };
}

/** All Content spans (for lenient precision) and the quoted ones (the gold). */
function readGold(text: string, ann: string): { gold: GoldQuote[]; contents: TextSpan[] } {
  const { spans, events } = parseBrat(ann);
  const gold: GoldQuote[] = [];
  const contents: TextSpan[] = [];
  for (const roles of events) {
    const content = spans.get(roles.get('Content') ?? '');
    if (!content) continue;
    const first = content.fragments[0];
    const last = content.fragments[content.fragments.length - 1];
    contents.push({ start: first.start, end: last.end });
    const contentText = text.slice(first.start, last.end);
    if (!QUOTE_START.test(contentText)) continue;
    const leading = contentText.length - contentText.trimStart().length;
    const trailing = contentText.length - contentText.trimEnd().length;
    const source = spans.get(roles.get('Source') ?? '')?.fragments ?? [];
    gold.push({ start: first.start + leading, end: last.end - trailing, source });
  }
  return { gold, contents };
}

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;
const overlapLength = (a: TextSpan, b: TextSpan): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const pct = (x: number): string => (x * 100).toFixed(1) + '%';

/** Counts summed over all annotation files. */
class Tally {
  gold = 0;
  exact = 0;
  overlap = 0;
  predicted = 0;
  predictedCorrect = 0;
  predictedLenient = 0;
  withSource = 0;
  speakerCorrect = 0;
  files = 0;
}

function scoreFile(file: string, text: string, predicted: QuoteMention[], ann: string, tally: Tally, onError?: (e: PolnearError) => void): void {
  const { gold, contents } = readGold(text, ann);
  const cut = (s: TextSpan) => text.slice(s.start, Math.min(s.end, s.start + 90)).replace(/\s+/g, ' ');
  tally.files++;
  tally.gold += gold.length;
  for (const g of gold) {
    const hits = predicted.filter((p) => overlaps(p, g));
    if (hits.some((p) => p.start === g.start) && hits.some((p) => p.end === g.end)) tally.exact++;
    if (hits.length === 0) {
      onError?.({ kind: 'missed', file, quote: cut(g) });
      continue;
    }
    tally.overlap++;
    if (g.source.length === 0) continue;
    tally.withSource++;
    const best = hits.reduce((a, b) => (overlapLength(b, g) > overlapLength(a, g) ? b : a));
    const goldSource = g.source.map((s) => text.slice(s.start, s.end)).join(' … ');
    if (best.speaker && g.source.some((s) => overlaps(s, best.speaker as TextSpan))) tally.speakerCorrect++;
    else onError?.({ kind: best.speaker ? 'wrong-speaker' : 'no-speaker', file, quote: cut(best), gold: goldSource, predicted: best.speaker?.text });
  }
  tally.predicted += predicted.length;
  for (const p of predicted) {
    if (gold.some((g) => overlaps(p, g))) tally.predictedCorrect++;
    if (contents.some((c) => overlaps(p, c))) tally.predictedLenient++;
    else onError?.({ kind: 'false-positive', file, quote: cut(p) });
  }
}

/**
 * Scores `findQuotes` on the PolNeAR test split under `corporaDir/polnear/test`.
 * Throws with a clear message when the corpus is absent.
 */
export async function evaluate(corporaDir: string, options: PolnearOptions = {}): Promise<EvalResult> {
  const dir = resolve(corporaDir, 'polnear', 'test');
  if (!existsSync(resolve(dir, 'attributions'))) {
    throw new Error(`PolNeAR is not at ${dir} (expected attributions/*.ann and text/*.txt); pass the corpora folder or set NEWS_LENS_SHARED.`);
  }
  const tally = new Tally();
  const cache = new Map<string, { text: string; quotes: QuoteMention[] }>();
  const annFiles = readdirSync(resolve(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  for (const annFile of annFiles) {
    const textFile = annFile.replace(/(?:_[0-9a-f]{4})?\.ann$/, '.txt');
    const textPath = resolve(dir, 'text', textFile);
    if (!existsSync(textPath)) continue;
    let analysed = cache.get(textFile);
    if (!analysed) {
      const text = readFileSync(textPath, 'utf8');
      const paragraphs = paragraphsOf(splitLines(text));
      const entities = options.findEntities ? options.findEntities(text, paragraphs) : [];
      analysed = { text, quotes: findQuotes(text, paragraphs, entities, options.roles).quotes };
      cache.set(textFile, analysed);
    }
    scoreFile(annFile, analysed.text, analysed.quotes, readFileSync(resolve(dir, 'attributions', annFile), 'utf8'), tally, options.onError);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const recallExact = ratio(tally.exact, tally.gold);
  const recallOverlap = ratio(tally.overlap, tally.gold);
  const precision = ratio(tally.predictedCorrect, tally.predicted);
  const precisionLenient = ratio(tally.predictedLenient, tally.predicted);
  const speaker = ratio(tally.speakerCorrect, tally.withSource);
  return {
    title: `PolNeAR quotations (test: ${cache.size} texts, ${tally.files} annotations, ${tally.gold} gold quotations)`,
    table: [
      ['measure', 'value', 'counts'],
      ['recall (exact span)', pct(recallExact), `${tally.exact}/${tally.gold}`],
      ['recall (overlap)', pct(recallOverlap), `${tally.overlap}/${tally.gold}`],
      ['precision (overlap, quoted gold)', pct(precision), `${tally.predictedCorrect}/${tally.predicted}`],
      ['precision (overlap, any attribution)', pct(precisionLenient), `${tally.predictedLenient}/${tally.predicted}`],
      ['speaker accuracy (span overlap)', pct(speaker), `${tally.speakerCorrect}/${tally.withSource}`],
    ],
    metrics: [
      { key: 'polnear.quotes.recall.exact', value: recallExact },
      { key: 'polnear.quotes.recall.overlap', value: recallOverlap, floor: 0.95 },
      { key: 'polnear.quotes.precision.overlap', value: precision },
      { key: 'polnear.quotes.precision.lenient', value: precisionLenient },
      { key: 'polnear.speaker.accuracy', value: speaker, floor: 0.85 },
    ],
    notes: [
      options.findEntities
        ? 'Entities: the supplied entity finder.'
        : "Entities: none supplied, so speakers come from the quotes module's capitalized-name fallback (plug the real tagger in with options.findEntities).",
      'Gold holds each stretch of text in at most one attribution, so follow-on quotes and second halves of split quotes count against precision; the "any attribution" row is the fairer one.',
      'Exact: a predicted quotation starts where the gold starts and one ends where it ends (split quotes count when both halves are found).',
    ],
  };
}

if (require.main === module) {
  const repoRoot = resolve(__dirname, '..', '..');
  const corporaDir = process.argv[2] ?? resolve(process.env.NEWS_LENS_SHARED ?? resolve(repoRoot, '..', 'shared'), 'corpora');
  const verbose = process.env.NEWS_LENS_VERBOSE === '1';
  const onError = verbose
    ? (e: PolnearError) => console.log(`[${e.kind}] ${e.file}: ${e.quote}${e.gold !== undefined ? ` | gold: ${e.gold} | ours: ${e.predicted ?? 'none'}` : ''}`)
    : undefined;
  evaluate(corporaDir, { onError })
    .then((result) => {
      console.log(result.title);
      for (const row of result.table) console.log(row.join('\t'));
      for (const note of result.notes ?? []) console.log(`note: ${note}`);
    })
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
