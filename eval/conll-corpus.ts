/**
 * Reads CoNLL-2003 style files (`TOKEN POS CHUNK TAG`, `-DOCSTART-` between documents,
 * blank line between sentences) into documents of sentences. Used by the NER trainer
 * and the CoNLL evaluation; the corpus stays in ../shared and is never copied.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One gold sentence: tokens and their IOB2 tags. */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** One `-DOCSTART-` document. */
export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Parses CoNLL text into documents; a file without -DOCSTART- is one document. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sentence: ConllSentence = { tokens: [], tags: [] };
  const flushSentence = (): void => {
    if (sentence.tokens.length) doc.sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) {
      flushSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flushSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    sentence.tokens.push(cols[0]);
    sentence.tags.push(cols[cols.length - 1]);
  }
  flushSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** Reads `<corporaDir>/conllpp/<split>.txt`; throws a clear error when it is missing. */
export function readConllSplit(corporaDir: string, split: 'train' | 'dev' | 'test'): ConllDocument[] {
  const file = resolve(corporaDir, 'conllpp', `${split}.txt`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`CoNLL++ ${split} set not found at ${file} (set NEWS_LENS_SHARED or pass the corpora folder)`);
  }
  return parseConll(text);
}

/** The default corpora folder: $NEWS_LENS_SHARED/corpora, else ../shared/corpora next to the repository. */
export function defaultCorporaDir(repoRoot: string): string {
  const shared = process.env.NEWS_LENS_SHARED ?? resolve(repoRoot, '..', 'shared');
  return resolve(shared, 'corpora');
}
