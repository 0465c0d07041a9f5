// The statistical name tagger on sentences written for these tests (no corpus text):
// tokenization, names and their types, possessives, offsets, determinism, the model file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { NameSpan, NerModel, NerModelFile, loadDefaultModel, splitSentences, tagNames, tagTokens, tokenize } from '../../server/src/analysis/ner';
import { decodeBase64, decodeBase64Portably } from '../../server/src/analysis/ner/model';

const repoRoot = resolve(__dirname, '..', '..', '..');
const modelPath = resolve(repoRoot, 'server/src/analysis/ner/model.json');

function names(text: string): string[] {
  return tagNames(text, [{ start: 0, end: text.length }]).map((n: NameSpan) => `${n.text}/${n.label}`);
}

test('tokenize keeps abbreviations and hyphenated names whole and splits possessives', () => {
  const text = "The U.S. unit of SK Hynix Inc. hired Lee Nak-yeon’s aide, Japan's envoy said.";
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const words = tokens.map((t) => t.text);
  for (const w of ['U.S.', 'Inc.', 'Nak-yeon', '’s', "'s", 'Japan', ',', '.']) assert.ok(words.includes(w), `missing ${w} in ${words}`);
  assert.ok(!words.includes('Nak-yeon’s'));
});

test('tokenize keeps capitals joined by an ampersand whole, as CoNLL does ("AT&T", "Texas A&M")', () => {
  const words = tokenize('AT&T and S&P rose; Texas A&M University and Marks & Spencer fell.').map((t) => t.text);
  for (const w of ['AT&T', 'S&P', 'A&M', '&']) assert.ok(words.includes(w), `missing ${w} in ${words}`);
  assert.ok(!words.includes('T') && !words.includes('P') && !words.includes('M'), words.join(' '));
});

test('tokenize keeps a currency\'s country with its dollar sign, as CoNLL does ("C$", "US$")', () => {
  const words = tokenize('The deal is worth C$21.5 million, or US$ 15.8 million, and $4 a share.').map((t) => t.text);
  for (const w of ['C$', 'US$', '$', '21.5']) assert.ok(words.includes(w), `missing ${w} in ${words}`);
  assert.ok(!words.includes('C') && !words.includes('US'), words.join(' '));
});

test('tokenize honours start/end and keeps absolute offsets', () => {
  const text = 'Skip this. Maria Lopez flew to Lima.';
  const start = text.indexOf('Maria');
  const tokens = tokenize(text, start, text.length);
  assert.equal(tokens[0].text, 'Maria');
  assert.equal(tokens[0].start, start);
});

test('splitSentences splits at sentence ends but not after titles', () => {
  const text = 'Mr. Okafor arrived in Lagos. He met Dr. Chen on Friday! "Good," she said.';
  const sentences = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));
  assert.deepEqual(sentences, ['Mr. Okafor arrived in Lagos .', 'He met Dr. Chen on Friday !', '" Good , " she said .']);
});

test('splitSentences ends a headline line over its story, but not a line that wrapping broke', () => {
  const split = (text: string) => splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));
  // A bullet's headline has no full stop; the story under it starts a sentence of its own, so no name spans the two lines.
  const brief =
    '* Floods reach the town of Hinthada\nThe Ayeyarwady rose 1.1 metres above its danger level at Hinthada on Tuesday and is expected to peak on Thursday.';
  assert.deepEqual(split(brief), [
    '* Floods reach the town of Hinthada',
    'The Ayeyarwady rose 1.1 metres above its danger level at Hinthada on Tuesday and is expected to peak on Thursday .',
  ]);
  // Text wrapped at a fixed width: every line is as full as the next word allows, so its line breaks are spaces.
  const wrapped =
    'The ferry left the harbour at dawn with forty passengers and\nThe Times reporter on board, bound for the islands of the\nNorth Sea, where the storm had passed on Monday night.';
  assert.equal(split(wrapped).length, 1);
  // A line that ends a sentence, or a next line in lower case, is left as it was.
  assert.equal(split('Short headline\nand the story goes on in lower case for a good while longer than that.').length, 1);
});

test('finds and types names no list contains', () => {
  const found = names('Kenji Kanasugi met Kim Jung Han in Seoul on Monday.');
  assert.deepEqual(found, ['Kenji Kanasugi/PER', 'Kim Jung Han/PER', 'Seoul/LOC']);
});

test('company names keep their Inc./Co. suffix', () => {
  const found = names('SK Hynix Inc. said on Tuesday its profit fell, while Samsung Electronics Co. kept its forecast.');
  assert.deepEqual(found, ['SK Hynix Inc./ORG', 'Samsung Electronics Co./ORG']);
});

test('hyphenated given names stay in one person span', () => {
  const found = names('South Korean Prime Minister Lee Nak-yeon told reporters the talks would continue.');
  assert.ok(found.includes('Lee Nak-yeon/PER'), found.join(', '));
  assert.ok(found.includes('South Korean/MISC'), found.join(', '));
});

test('possessives are excluded from name spans, straight or curly', () => {
  for (const text of ["Japan's decision angered Seoul.", 'Japan’s decision angered Seoul.']) {
    const spans = tagNames(text, [{ start: 0, end: text.length }]);
    assert.deepEqual(
      spans.map((n) => [n.start, n.end, n.text, n.label]),
      [
        [0, 5, 'Japan', 'LOC'],
        [text.indexOf('Seoul'), text.indexOf('Seoul') + 5, 'Seoul', 'LOC'],
      ],
    );
  }
});

test('tags only the given paragraphs, with offsets into the whole text', () => {
  const text = 'HEADLINE ABOUT PARIS\n\nAnna Berg visited Oslo.\n\nBOILERPLATE Microsoft';
  const start = text.indexOf('Anna');
  const end = text.indexOf('Oslo.') + 5;
  const spans = tagNames(text, [{ start, end }]);
  assert.deepEqual(
    spans.map((n) => n.text),
    ['Anna Berg', 'Oslo'],
  );
  for (const n of spans) assert.equal(text.slice(n.start, n.end), n.text);
});

test('a surname alone is typed like its earlier full mention', () => {
  const text = 'Talks were led by Ingrid Haavik, the trade envoy. Haavik told reporters on Friday that progress was slow.';
  const found = names(text);
  assert.ok(found.includes('Ingrid Haavik/PER'), found.join(', '));
  assert.ok(found.includes('Haavik/PER'), found.join(', '));
});

test('tagging is deterministic', () => {
  const text = 'Ministers from Brazil and Kenya met Tomas Varga of Danube Freight Ltd. in Vienna. Varga said little.';
  assert.deepEqual(tagNames(text, [{ start: 0, end: text.length }]), tagNames(text, [{ start: 0, end: text.length }]));
});

test('tagTokens returns well-formed IOB2 labels, one per token', () => {
  const tokens = ['Officials', 'at', 'the', 'United', 'Nations', 'in', 'Geneva', 'welcomed', 'Peru', "'s", 'offer', '.'];
  const labels = tagTokens(tokens);
  assert.equal(labels.length, tokens.length);
  labels.forEach((l, i) => {
    if (l.startsWith('I-')) assert.ok(i > 0 && labels[i - 1].slice(2) === l.slice(2), `bad IOB2 at ${i}: ${labels}`);
  });
  assert.equal(labels[tokens.indexOf('Geneva')], 'B-LOC');
  assert.equal(labels[tokens.indexOf("'s")], 'O');
});

test('empty input gives no names', () => {
  assert.deepEqual(tagNames('', [{ start: 0, end: 0 }]), []);
  assert.deepEqual(tagTokens([]), []);
});

// Its load time is a figure of `npm run bench`, not a timed test.
test('the committed model is compact and loads', () => {
  const bytes = statSync(modelPath).size;
  assert.ok(bytes > 100_000 && bytes <= 5_000_000, `model file is ${bytes} bytes`);
  const model = new NerModel(JSON.parse(readFileSync(modelPath, 'utf8')) as NerModelFile);
  assert.ok(model.featureCount > 10_000, `only ${model.featureCount} features`);
  assert.equal(loadDefaultModel().featureCount, model.featureCount);
});

test('a corrupt model file is refused', () => {
  const file = JSON.parse(readFileSync(modelPath, 'utf8')) as NerModelFile;
  assert.throws(() => new NerModel({ ...file, features: file.features + 1 }), /Corrupt/);
  assert.throws(() => new NerModel({ ...file, labels: ['O'] }), /Unsupported/);
});

test('the native and the portable base64 decoders agree on the model file and on every padding', () => {
  const file = JSON.parse(readFileSync(modelPath, 'utf8')) as NerModelFile;
  assert.deepEqual(Buffer.from(decodeBase64(file.weights)), Buffer.from(decodeBase64Portably(file.weights)));
  for (const bytes of [[], [1], [1, 2], [1, 2, 3], [255, 0, 128, 7]]) {
    const text = Buffer.from(bytes).toString('base64');
    assert.deepEqual([...decodeBase64Portably(text)], bytes, text);
    assert.deepEqual([...decodeBase64(text)], bytes, text);
  }
});
