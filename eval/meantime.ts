/**
 * MEANTIME (English Wikinews, 120 articles) evaluation of within-article linking of
 * names: does "Suga" join "Yoshihide Suga", "GM" join "General Motors"?
 *
 * Gold: the PERSON and ORGANIZATION entities' member mentions that are proper names.
 * The JSON has no NAM/NOM/PRO marking on mentions, so names are picked by form (see
 * `nameOf`): the mention cut before an appositive or parenthesis, without a leading
 * "the", a possessive or leading title words, must be all capitalized words (lowercase
 * connectors such as "of" allowed), and a sentence-initial mention made only of words
 * the corpus also writes in lowercase ("Officials") is not a name.
 *
 * Rows: (1) `linkMentions` on mentions built from the gold name spans (isolates linking
 * from recognition), (2) an exact-string baseline on the same spans, (3) end to end:
 * the real `findEntities` with an empty registry, scored on the gold names whose span
 * it found exactly. Scores: B-cubed and pairwise precision/recall/F1 over gold mentions.
 * Run directly: `node out/eval/meantime.js [corporaDir]` (`NEWS_LENS_VERBOSE=1` prints errors).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { linkMentions } from '../server/src/analysis/entities/link';
import { slugify } from '../server/src/analysis/slug';
import { findEntities } from '../server/src/analysis/entities';
import { isTitleWord } from '../server/src/analysis/entities/titles';
import { EMPTY_REGISTRY } from '../server/src/analysis/registry';
import type { EntityMention, EntityType, TextSpan } from '../server/src/analysis/types';
import type { EvalResult } from './types';

interface RawMention {
  sentence_id: string;
  span: [number, number];
  text: string;
  entity_id: string | null;
}
interface RawEntity {
  member_mention_ids: string[];
  entity_type: string;
}
interface RawDoc {
  sentences: Record<string, { text: string }>;
  mentions: Record<string, RawMention>;
  entities: Record<string, RawEntity>;
}

/** One gold name mention, with document offsets and its gold entity. */
interface GoldName extends TextSpan {
  text: string;
  type: EntityType;
  gold: string;
}

/** An article rebuilt from its sentences, with the gold names in it. */
interface Article {
  id: string;
  text: string;
  sentences: TextSpan[];
  names: GoldName[];
  mentionCount: number;
}

const GOLD_TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization' };
const CONNECTORS = new Set(['of', 'and', 'for', 'de', 'du', 'der', 'von', 'van', 'la', 'le', 'del', 'the', '&', 'on', 'in', 'bin', 'al']);
const NOT_NAMES = new Set([
  'I',
  'He',
  'She',
  'It',
  'We',
  'They',
  'You',
  'His',
  'Her',
  'Its',
  'Our',
  'Their',
  'This',
  'That',
  'These',
  'Those',
  'Some',
  'Many',
  'Most',
  'All',
  'Both',
  'Each',
  'Who',
  'Which',
]);

/** Precision/recall/F1 of one clustering against the gold, B-cubed and pairwise. */
export interface CorefScores {
  b3: Prf;
  pairs: Prf;
  mentions: number;
}
/** Precision, recall and F1. */
export interface Prf {
  p: number;
  r: number;
  f: number;
}

/** Reads every article; documents are rebuilt as one sentence per line, blank line between. */
export function readMeantime(dir: string): Article[] {
  const articles: Article[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const outer = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, RawDoc>;
    for (const [id, doc] of Object.entries(outer)) articles.push(toArticle(id, doc));
  }
  return articles;
}

function toArticle(id: string, doc: RawDoc): Article {
  const offsets = new Map<string, number>();
  const sentences: TextSpan[] = [];
  let text = '';
  for (const key of Object.keys(doc.sentences).sort()) {
    if (text) text += '\n\n';
    offsets.set(key, text.length);
    sentences.push({ start: text.length, end: text.length + doc.sentences[key].text.length });
    text += doc.sentences[key].text;
  }
  const lowercase = new Set(text.match(/\b[a-z][a-z'-]*\b/g) ?? []);
  const mentionTexts = new Set(Object.values(doc.mentions).map((m) => m.text.replace(/^the\s+/i, '')));
  const names: GoldName[] = [];
  const seen = new Set<string>();
  let mentionCount = 0;
  for (const [entityId, entity] of Object.entries(doc.entities)) {
    const type = GOLD_TYPES[entity.entity_type];
    if (!type) continue;
    for (const mentionId of entity.member_mention_ids) {
      const raw = doc.mentions[mentionId];
      if (!raw) continue;
      mentionCount++;
      const name = nameOf(raw.text, type, raw.span[0] === 0, lowercase);
      if (!name || isGroup(name.text, mentionTexts)) continue;
      const start = offsets.get(raw.sentence_id)! + raw.span[0] + name.offset;
      const key = `${start}:${name.text.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      names.push({ start, end: start + name.text.length, text: name.text, type, gold: entityId });
    }
  }
  names.sort((a, b) => a.start - b.start);
  return { id, text, sentences, names, mentionCount };
}

/** The proper name a gold mention consists of, with its offset inside the mention; undefined for descriptions and pronouns. */
export function nameOf(mention: string, type: EntityType, sentenceInitial: boolean, lowercase: Set<string>): { text: string; offset: number } | undefined {
  const cut = mention.search(/,|\s\(|\s?``|\s-\s/);
  let name = cut >= 0 ? mention.slice(0, cut) : mention;
  let offset = 0;
  const leading = /^(?:the|The)\s+/.exec(name);
  if (leading) {
    offset += leading[0].length;
    name = name.slice(leading[0].length);
  }
  name = name.replace(/['’]s?$/, '').trimEnd();
  let words = name.split(/\s+/).filter(Boolean);
  // A person named after an organization and a title ("Acme's CEO Jane Roe", "Acme CEO Jane Roe"): the words after the last title.
  const afterTitle = lastIndex(words, (w) => (type === 'person' && isTitleWord(w.replace(/\./g, ''))) || /['’]s?$/.test(w)) + 1;
  if (afterTitle > 0) {
    if (afterTitle >= words.length) return undefined;
    const at = wordOffset(name, words, afterTitle);
    offset += at;
    name = name.slice(at);
    words = words.slice(afterTitle);
  }
  // "Automaker GM" at the start of a sentence: a capitalized common word before the name.
  if (sentenceInitial && offset === 0 && words.length > 1 && lowercase.has(words[0].toLowerCase())) {
    const at = wordOffset(name, words, 1);
    offset += at;
    name = name.slice(at);
    words = words.slice(1);
  }
  if (words.length === 0 || NOT_NAMES.has(words[0])) return undefined;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTORS.has(w))) return undefined;
  if (!/^[\p{Lu}\d]/u.test(words[0]) || !/[\p{Lu}\d]/u.test(words[words.length - 1][0])) return undefined;
  if (sentenceInitial && offset === 0 && words.every((w) => lowercase.has(w.toLowerCase()))) return undefined;
  return { text: name, offset };
}

function lastIndex(words: string[], test: (word: string) => boolean): number {
  for (let i = words.length - 1; i >= 0; i--) if (test(words[i])) return i;
  return -1;
}

/** Offset in `name` of its k-th word. */
function wordOffset(name: string, words: string[], k: number): number {
  let at = 0;
  for (let i = 0; i < k; i++) at = name.indexOf(words[i], at) + words[i].length;
  return name.indexOf(words[k], at);
}

/** A mention of a group ("GM and Chrysler"): both sides of "and" are names of their own in the article. */
function isGroup(name: string, texts: Set<string>): boolean {
  const parts = name.split(/\s+and\s+|\s*&\s*/);
  return parts.length > 1 && parts.every((p) => texts.has(p));
}

/** Mentions made from the gold name spans, each with its own slug, as `findEntities` would hand them over. */
function goldAsMentions(names: GoldName[]): EntityMention[] {
  return names.map((n) => ({
    start: n.start,
    end: n.end,
    text: n.text,
    type: n.type,
    entityId: slugify(n.text),
    registered: false,
    source: 'tagger' as const,
  }));
}

/** B-cubed and pairwise scores of predicted cluster ids against gold ids, summed over documents. */
export function score(docs: { gold: string[]; predicted: string[] }[]): CorefScores {
  let b3p = 0;
  let b3r = 0;
  let count = 0;
  let together = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  for (const { gold, predicted } of docs) {
    const joint = new Map<string, number>();
    const goldSize = new Map<string, number>();
    const predictedSize = new Map<string, number>();
    for (let i = 0; i < gold.length; i++) {
      const key = `${gold[i]}\u0000${predicted[i]}`;
      joint.set(key, (joint.get(key) ?? 0) + 1);
      goldSize.set(gold[i], (goldSize.get(gold[i]) ?? 0) + 1);
      predictedSize.set(predicted[i], (predictedSize.get(predicted[i]) ?? 0) + 1);
    }
    for (let i = 0; i < gold.length; i++) {
      const both = joint.get(`${gold[i]}\u0000${predicted[i]}`)!;
      b3p += both / predictedSize.get(predicted[i])!;
      b3r += both / goldSize.get(gold[i])!;
    }
    count += gold.length;
    const pairs = (n: number) => (n * (n - 1)) / 2;
    for (const n of joint.values()) together += pairs(n);
    for (const n of goldSize.values()) goldPairs += pairs(n);
    for (const n of predictedSize.values()) predictedPairs += pairs(n);
  }
  const prf = (p: number, r: number): Prf => ({ p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 });
  return {
    b3: prf(count ? b3p / count : 0, count ? b3r / count : 0),
    pairs: prf(predictedPairs ? together / predictedPairs : 1, goldPairs ? together / goldPairs : 1),
    mentions: count,
  };
}

/** Gold-vs-predicted disagreements of one document, for error analysis. */
function errorsOf(article: Article, names: GoldName[], predicted: string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = 0; j < i; j++) {
      const sameGold = names[i].gold === names[j].gold;
      const samePredicted = predicted[i] === predicted[j];
      if (sameGold === samePredicted || names[i].text === names[j].text) continue;
      lines.push(`${article.id} ${sameGold ? 'MISSED' : 'FALSE '} "${names[j].text}" ~ "${names[i].text}"`);
    }
  }
  return [...new Set(lines)];
}

/** Runs the three rows; `verbose` receives one line per wrong pair. */
export async function evaluate(corporaDir: string, verbose?: (line: string) => void): Promise<EvalResult> {
  const dir = path.join(corporaDir, 'meantime');
  if (!fs.existsSync(dir)) {
    return {
      title: 'MEANTIME within-article name linking',
      table: [['row'], [`corpus missing: ${dir}`]],
      metrics: [],
      notes: [`The MEANTIME corpus is not at ${dir}.`],
    };
  }
  const articles = readMeantime(dir);
  const linked: { gold: string[]; predicted: string[] }[] = [];
  const exact: { gold: string[]; predicted: string[] }[] = [];
  const endToEnd: { gold: string[]; predicted: string[] }[] = [];
  let endToEndMatched = 0;
  let endToEndError: string | undefined;
  for (const article of articles) {
    const mentions = goldAsMentions(article.names);
    linkMentions(article.text, mentions);
    const gold = article.names.map((n) => n.gold);
    const predicted = mentions.map((m) => m.entityId);
    linked.push({ gold, predicted });
    exact.push({ gold, predicted: article.names.map((n) => n.text) });
    if (verbose) for (const line of errorsOf(article, article.names, predicted)) verbose(line);
    if (endToEndError) continue;
    try {
      const found = findEntities(article.text, article.sentences, EMPTY_REGISTRY);
      const bySpan = new Map(found.map((m) => [`${m.start}:${m.end}`, m.entityId]));
      const matched = article.names.filter((n) => bySpan.has(`${n.start}:${n.end}`));
      endToEndMatched += matched.length;
      endToEnd.push({ gold: matched.map((n) => n.gold), predicted: matched.map((n) => bySpan.get(`${n.start}:${n.end}`)!) });
    } catch (error) {
      endToEndError = (error as Error).message;
    }
  }
  const total = articles.reduce((sum, a) => sum + a.names.length, 0);
  const candidates = articles.reduce((sum, a) => sum + a.mentionCount, 0);
  const goldEntities = articles.reduce((sum, a) => sum + new Set(a.names.map((n) => n.gold)).size, 0);
  const fmt = (x: number) => x.toFixed(3);
  const row = (name: string, s: CorefScores) => [
    name,
    String(s.mentions),
    fmt(s.b3.p),
    fmt(s.b3.r),
    fmt(s.b3.f),
    fmt(s.pairs.p),
    fmt(s.pairs.r),
    fmt(s.pairs.f),
  ];
  const linkedScores = score(linked);
  const table = [
    ['clustering', 'mentions', 'B3 P', 'B3 R', 'B3 F1', 'pair P', 'pair R', 'pair F1'],
    row('linkMentions on gold name spans', linkedScores),
    row('baseline: exact string match', score(exact)),
  ];
  if (!endToEndError) table.push(row(`end to end: findEntities (${endToEndMatched}/${total} gold spans found exactly)`, score(endToEnd)));
  return {
    title: 'MEANTIME within-article name linking (PER + ORG proper names)',
    table,
    metrics: [
      { key: 'meantime.bcubed.f1', value: linkedScores.b3.f },
      { key: 'meantime.pairwise.f1', value: linkedScores.pairs.f },
    ],
    notes: [
      `${articles.length} articles; ${total} gold name mentions of ${goldEntities} entities, kept by form from ${candidates} PER/ORG member mentions (the corpus does not mark NAM vs NOM/PRO).`,
      ...(endToEndError ? [`end to end skipped: ${endToEndError}`] : []),
    ],
  };
}

if (require.main === module) {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const corpora =
    process.argv[2] ?? process.env.NEWS_LENS_CORPORA ?? path.resolve(process.env.NEWS_LENS_SHARED ?? path.resolve(repoRoot, '..', 'shared'), 'corpora');
  const verbose = process.env.NEWS_LENS_VERBOSE ? (line: string) => console.log(line) : undefined;
  evaluate(corpora, verbose).then((result) => {
    for (const r of result.table) console.log(`| ${r.join(' | ')} |`);
    for (const note of result.notes ?? []) console.log(note);
  });
}
