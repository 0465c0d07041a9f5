// The name tagger on CoNLL++ dev.txt (read from ../shared, never copied): exact-span F1
// must stay at or above 0.85. Skipped with a message when the corpus is not there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedMissing } from '../support/paths';
import { tagTokenizedDocument } from '../../server/src/analysis/ner';

const repoRoot = resolve(__dirname, '..', '..', '..');
const shared = process.env.NEWS_LENS_SHARED ?? resolve(repoRoot, '..', 'shared');
const devFile = resolve(shared, 'corpora', 'conllpp', 'dev.txt');

interface Sentence {
  tokens: string[];
  tags: string[];
}

function readDocuments(text: string): Sentence[][] {
  const docs: Sentence[][] = [[]];
  let s: Sentence = { tokens: [], tags: [] };
  for (const line of [...text.split(/\r?\n/), '']) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') docs.push([]);
    else if (cols[0]) {
      s.tokens.push(cols[0]);
      s.tags.push(cols[cols.length - 1]);
      continue;
    }
    if (s.tokens.length) docs[docs.length - 1].push(s);
    s = { tokens: [], tags: [] };
  }
  return docs.filter((d) => d.length);
}

/** Typed spans "TYPE:start:end" of IOB tags, read the conlleval way. */
function spans(tags: string[]): string[] {
  const out: string[] = [];
  let type = '';
  let start = -1;
  tags.forEach((tag, i) => {
    const t = tag === 'O' ? '' : tag.slice(2);
    if (start >= 0 && (!tag.startsWith('I-') || t !== type)) {
      out.push(`${type}:${start}:${i}`);
      start = -1;
    }
    if (t && start < 0) {
      start = i;
      type = t;
    }
  });
  if (start >= 0) out.push(`${type}:${start}:${tags.length}`);
  return out;
}

test('CoNLL++ dev F1 is at least 0.85', (t) => {
  const missing = sharedMissing('the CoNLL++ dev set', devFile);
  if (missing) return t.skip(missing);
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const doc of readDocuments(readFileSync(devFile, 'utf8'))) {
    const labels = tagTokenizedDocument(doc.map((s) => s.tokens));
    doc.forEach((s, i) => {
      const g = new Set(spans(s.tags));
      const p = spans(labels[i]);
      gold += g.size;
      predicted += p.length;
      tp += p.filter((x) => g.has(x)).length;
    });
  }
  const precision = tp / predicted;
  const recall = tp / gold;
  const f1 = (2 * precision * recall) / (precision + recall);
  assert.ok(gold > 5000, `only ${gold} gold names read from ${devFile}`);
  assert.ok(f1 >= 0.85, `dev F1 ${f1.toFixed(4)} (P ${precision.toFixed(4)}, R ${recall.toFixed(4)})`);
});
