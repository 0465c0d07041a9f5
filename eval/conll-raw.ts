/**
 * CoNLL++ through the whole pipeline on raw text (issue 11): what a reader sees, not what
 * the tagger does on CoNLL's own tokens. Each `-DOCSTART-` document is written out as plain
 * text the way a wire story is (one sentence a paragraph, tokens joined with no space before
 * punctuation or after an opening bracket or quote), run through `analyzeArticle` (structure,
 * dates, tokenizer, sentences, tagger, gazetteer, typing, linking), and its mentions are
 * mapped back to CoNLL tokens and scored exactly like the tagger row. nationality, event,
 * law, product and other count as MISC. The text is built in memory and never written anywhere.
 */
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../server/src/analysis/analyze';
import type { EntityType } from '../server/src/analysis/types';
import { resolve } from 'node:path';
import { type ConllDocument, defaultCorporaDir, readConllSplit } from './conll-corpus';
import { SpanScorer, TagSpan, prf, spansFromTags } from './conll-score';

/** The CoNLL type a mention of each spec type counts as. */
export const CONLL_TYPE: Record<EntityType, string> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  nationality: 'MISC',
  event: 'MISC',
  law: 'MISC',
  product: 'MISC',
  other: 'MISC',
};

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|n't|'re|'ll|'ve|'m|'d)$/i;
const OPENERS = /^[([{$]$/;
/** Tokens that may close a sentence after its full stop: quotes and brackets. */
const CLOSERS = /^(?:"|''|'|\)|\]|\})$/;

/** Where one CoNLL token sits in the written text. */
interface Placed {
  sentence: number;
  token: number;
  start: number;
  end: number;
}

/** A CoNLL document written as plain text, and where each of its tokens went. */
export interface RawDocument {
  text: string;
  tokens: Placed[];
}

/**
 * Writes one document as text: sentences as paragraphs (blank line between), no space
 * before closing punctuation, none after an opening bracket, and straight double quotes
 * alternately opening (glued to the next token) and closing (glued to the previous one).
 */
export function writeDocument(doc: ConllDocument): RawDocument {
  let text = '';
  const tokens: Placed[] = [];
  doc.sentences.forEach((s, si) => {
    if (si > 0) text += '\n\n';
    let quoteOpen = false;
    let glueNext = true;
    s.tokens.forEach((tok, ti) => {
      let glue = glueNext || NO_SPACE_BEFORE.test(tok);
      glueNext = false;
      if (tok === '"') {
        if (quoteOpen) glue = true;
        else glueNext = true;
        quoteOpen = !quoteOpen;
      } else if (OPENERS.test(tok)) glueNext = true;
      if (!glue && ti > 0) text += ' ';
      tokens.push({ sentence: si, token: ti, start: text.length, end: text.length + tok.length });
      text += tok;
    });
  });
  return { text, tokens };
}

/** Mentions of the pipeline mapped to token spans per sentence: the tokens a mention overlaps (within its first sentence). */
export function mentionSpans(doc: ConllDocument, raw: RawDocument, mentions: readonly { start: number; end: number; type: EntityType }[]): TagSpan[][] {
  const predicted: TagSpan[][] = doc.sentences.map(() => []);
  let from = 0;
  for (const m of mentions) {
    while (from < raw.tokens.length && raw.tokens[from].end <= m.start) from++;
    const inside: Placed[] = [];
    for (let k = from; k < raw.tokens.length && raw.tokens[k].start < m.end; k++) inside.push(raw.tokens[k]);
    if (!inside.length) continue;
    const sentence = inside[0].sentence;
    const same = inside.filter((p) => p.sentence === sentence);
    // "Lear Corp." at the end of a sentence: CoNLL's tokenizer split the abbreviation's period off as the sentence's
    // full stop ("Corp" ".", maybe before a closing quote), which it does nowhere else ("Corp." mid-sentence is one token, inside the name). The
    // written text has one period doing both jobs, and the mention keeps it as the spec says ("Samsung Electronics
    // Co."); so that period token, the sentence's last, is not counted as part of the name. No CoNLL name ends in one.
    const last = same[same.length - 1];
    const rest = doc.sentences[sentence].tokens.slice(last.token + 1);
    if (same.length > 1 && raw.text.slice(last.start, last.end) === '.' && rest.every((t) => CLOSERS.test(t))) same.pop();
    predicted[sentence].push({ type: CONLL_TYPE[m.type], start: same[0].token, end: same[same.length - 1].token + 1 });
  }
  return predicted;
}

/** Runs every document through analyzeArticle and scores the mentions; returns the scorer and the analysis time in ms. */
export function runPipeline(docs: readonly ConllDocument[]): { scorer: SpanScorer; ms: number } {
  const scorer = new SpanScorer();
  let ms = 0;
  for (const doc of docs) {
    const raw = writeDocument(doc);
    const t0 = performance.now();
    const analysis = analyzeArticle(raw.text, { dates: false });
    ms += performance.now() - t0;
    const mentions = [...analysis.entities].sort((a, b) => a.start - b.start);
    const predicted = mentionSpans(doc, raw, mentions);
    doc.sentences.forEach((s, si) => scorer.addSpans(spansFromTags(s.tags), predicted[si]));
  }
  return { scorer, ms };
}

/**
 * `node out/eval/conll-raw.js [dev|test] [--errors]`: one split's raw-text row per type, and
 * with --errors the missed and spurious spans with their sentence (on the terminal only),
 * for tuning the pipeline layers on dev.
 */
if (require.main === module) {
  const split = (process.argv[2] ?? 'dev') as 'dev' | 'test';
  const docs = readConllSplit(defaultCorporaDir(resolve(__dirname, '..', '..')), split);
  const { scorer, ms } = runPipeline(docs);
  for (const t of ['ALL', 'PER', 'ORG', 'LOC', 'MISC']) {
    const { p, r, f1 } = prf(scorer.get(t));
    console.log(`${split} ${t.padEnd(4)} P ${(p * 100).toFixed(2)} R ${(r * 100).toFixed(2)} F1 ${(f1 * 100).toFixed(2)}`);
  }
  console.log(`${(ms / 1000).toFixed(1)} s`);
  if (process.argv.includes('--errors')) {
    for (const doc of docs) {
      const raw = writeDocument(doc);
      const mentions = [...analyzeArticle(raw.text, { dates: false }).entities].sort((a, b) => a.start - b.start);
      const predicted = mentionSpans(doc, raw, mentions);
      doc.sentences.forEach((s, si) => {
        const gold = spansFromTags(s.tags);
        const key = (x: TagSpan): string => `${x.type}:${x.start}:${x.end}`;
        const g = new Set(gold.map(key));
        const p = new Set(predicted[si].map(key));
        const words = (x: TagSpan): string => s.tokens.slice(x.start, x.end).join(' ');
        for (const x of gold) if (!p.has(key(x))) console.log(`MISS ${x.type} [${words(x)}] | ${s.tokens.join(' ')}`);
        for (const x of predicted[si]) if (!g.has(key(x))) console.log(`SPUR ${x.type} [${words(x)}] | ${s.tokens.join(' ')}`);
      });
    }
  }
}
