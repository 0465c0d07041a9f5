/**
 * Scores quotation finding on the team's own hand-annotated articles
 * (test/fixtures/quotes/*.txt, each with a .json sidecar listing the expected
 * quotations by text and occurrence, their speaker text, and the notice codes the
 * article must raise). Unlike PolNeAR, these samples cover the cases the corpus
 * does not grade: scare quotes, titles, multi-paragraph and unbalanced quotes.
 * Run directly: `node out/eval/quoteSamples.js`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../server/src/analysis';
import type { QuoteMention, TextSpan } from '../server/src/analysis/types';
import type { EvalResult } from './types';

/** One expected quotation of a sample: its text with the marks, which occurrence, and who said it. */
export interface ExpectedQuote {
  text: string;
  /** 1-based occurrence of `text` in the article; 1 when omitted. */
  occurrence?: number;
  /** The speaker's text as the article writes it, or null when nobody is attributed. */
  speaker: string | null;
}

/** The sidecar JSON of a sample article. */
export interface SampleAnnotation {
  quotes: ExpectedQuote[];
  /** Notice codes the article must produce (e.g. `unbalanced-quote`). */
  notices?: string[];
}

/** Where an expected quotation sits in the text, or undefined when the sidecar is wrong. */
export function locate(text: string, expected: ExpectedQuote): TextSpan | undefined {
  let from = 0;
  for (let n = expected.occurrence ?? 1; n > 0; n--) {
    const at = text.indexOf(expected.text, from);
    if (at < 0) return undefined;
    if (n === 1) return { start: at, end: at + expected.text.length };
    from = at + 1;
  }
  return undefined;
}

/** The folder of the samples, relative to the compiled file (out/eval) or the source (eval/). */
export function defaultSamplesDir(): string {
  return resolve(__dirname, '..', '..', 'test', 'fixtures', 'quotes');
}

/** Scores every sample in `samplesDir` (the corpora folder is not used: the samples ship with the repository). */
export async function evaluate(
  _corporaDir: string,
  samplesDir: string = defaultSamplesDir(),
  set: { name: string; key: string } = { name: 'Quotation samples', key: 'samples' },
): Promise<EvalResult> {
  if (!existsSync(samplesDir)) throw new Error(`No quotation samples at ${samplesDir}.`);
  const files = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  let predicted = 0,
    correct = 0,
    expectedCount = 0,
    found = 0,
    speakerRight = 0,
    noticesRight = 0;
  const rows: string[][] = [['sample', 'expected', 'found', 'spurious', 'speaker ok', 'notices ok']];
  for (const file of files) {
    const text = readFileSync(resolve(samplesDir, file), 'utf8');
    const annotation = JSON.parse(readFileSync(resolve(samplesDir, file.replace(/\.txt$/, '.json')), 'utf8')) as SampleAnnotation;
    // The product's whole path: layout, the tagger's names as speaker candidates, then quotes.
    const { quotes, notices } = analyzeArticle(text);
    const matched = new Set<QuoteMention>();
    let fileFound = 0,
      fileSpeaker = 0;
    for (const expected of annotation.quotes) {
      const span = locate(text, expected);
      if (!span) throw new Error(`${file}: expected quotation not in the text: ${expected.text}`);
      const hit = quotes.find((q) => q.start === span.start && q.end === span.end);
      if (!hit) continue;
      matched.add(hit);
      fileFound++;
      if ((hit.speaker?.text ?? null) === expected.speaker) fileSpeaker++;
    }
    const codes = new Set(notices.filter((n) => n.code !== 'unattributed-quote' || annotation.notices?.includes(n.code)).map((n) => n.code));
    const wanted = new Set(annotation.notices ?? []);
    const noticesOk = [...wanted].every((c) => codes.has(c as never)) && (wanted.has('unbalanced-quote') || !codes.has('unbalanced-quote'));
    predicted += quotes.length;
    correct += matched.size;
    expectedCount += annotation.quotes.length;
    found += fileFound;
    speakerRight += fileSpeaker;
    if (noticesOk) noticesRight++;
    rows.push([
      file,
      String(annotation.quotes.length),
      String(fileFound),
      String(quotes.length - matched.size),
      `${fileSpeaker}/${fileFound}`,
      noticesOk ? 'yes' : 'no',
    ]);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(correct, predicted);
  const recall = ratio(found, expectedCount);
  const speaker = ratio(speakerRight, found);
  rows.push(['total', String(expectedCount), String(found), String(predicted - correct), `${speakerRight}/${found}`, `${noticesRight}/${files.length}`]);
  return {
    title: `${set.name} (${files.length} hand-annotated articles, ${expectedCount} quotations, exact spans)`,
    table: rows,
    metrics: [
      { key: `${set.key}.quotes.precision`, value: precision, floor: 0.95 },
      { key: `${set.key}.quotes.recall`, value: recall },
      { key: `${set.key}.speaker.accuracy`, value: speaker },
      { key: `${set.key}.notices.accuracy`, value: ratio(noticesRight, files.length) },
    ],
    notes: ['Each article goes through analyzeArticle, as in the editor; a quotation counts when its span is exact, a speaker when its text matches exactly.'],
  };
}

if (require.main === module) {
  evaluate('')
    .then((result) => {
      console.log(result.title);
      for (const row of result.table) console.log(row.join('\t'));
      for (const metric of result.metrics)
        console.log(`${metric.key}\t${metric.value.toFixed(3)}${metric.floor !== undefined ? `\t(floor ${metric.floor})` : ''}`);
    })
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
