/**
 * Tests for syntaxes/news.tmLanguage.json, run through the same engine VS Code uses
 * (vscode-textmate + the oniguruma WASM build), so a regex that Oniguruma rejects or
 * a quote rule that runs away fails here rather than in a user's editor.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const repoRoot = path.resolve(__dirname, '../../..');
const grammarPath = path.join(repoRoot, 'syntaxes', 'news.tmLanguage.json');

/** One token of a tokenized line, with its text for readable assertions. */
interface Token {
  line: number;
  text: string;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    // Only our grammar is available; `source.yaml` (embedded in front matter) resolves to nothing.
    loadGrammar: async (scopeName: string) => (scopeName === 'text.news' ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  const loaded = await registry.loadGrammar('text.news');
  assert.ok(loaded, 'grammar text.news did not load');
  grammar = loaded;
});

/** Tokenizes a whole document line by line, carrying the rule stack like the editor does. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let stack = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const t of result.tokens) {
      out.push({ line, text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    stack = result.ruleStack;
  });
  return out;
}

/** True when some scope of the token starts with the given dotted prefix (as theme selectors match). */
function has(token: Token, scopePrefix: string): boolean {
  return token.scopes.some((s) => s === scopePrefix || s.startsWith(scopePrefix + '.'));
}

/** The text of every token carrying the scope, joined per line: what a theme would colour. */
function textIn(tokens: Token[], scopePrefix: string): string[] {
  const lines = new Map<number, string>();
  for (const t of tokens) if (has(t, scopePrefix)) lines.set(t.line, (lines.get(t.line) ?? '') + t.text);
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
}

/** The scopes of the token that covers the first occurrence of `needle` on `line`. */
function scopesAt(tokens: Token[], line: number, needle: string): string[] {
  const lineTokens = tokens.filter((t) => t.line === line);
  const full = lineTokens.map((t) => t.text).join('');
  const at = full.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not on line ${line}: ${full}`);
  let pos = 0;
  for (const t of lineTokens) {
    if (at < pos + t.text.length) return t.scopes;
    pos += t.text.length;
  }
  return [];
}

function readSample(name: string): string {
  return fs.readFileSync(path.join(repoRoot, 'samples', name), 'utf8');
}

test('the grammar file declares the text.news scope', () => {
  const raw = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as { scopeName: string };
  assert.equal(raw.scopeName, 'text.news');
});

test('the first line is the headline, and only the first line', () => {
  const tokens = tokenize(readSample('harbor-strike.news'));
  assert.deepEqual(textIn(tokens, 'markup.heading'), ['Dockworkers halt Rotterdam terminals in strike over automated cranes']);
});

test('a headline after leading blank lines is still found', () => {
  const tokens = tokenize('\n\n  Ferry service cut  \n\nBody text "with a quote."');
  assert.deepEqual(textIn(tokens, 'markup.heading'), ['Ferry service cut']);
  assert.ok(
    has(
      tokens.find((t) => t.text.startsWith('with'))!,
      'markup.italic.quote.double',
    ),
  );
});

test('a section-and-date line above the headline is metadata, and the headline comes after it', () => {
  const tokens = tokenize('Business | Mar 02\n\nBakery chain opens tenth shop\n\nMar 02 (Valley Post) - Text.');
  assert.deepEqual(textIn(tokens, 'markup.heading'), ['Bakery chain opens tenth shop']);
  assert.deepEqual(textIn(tokens, 'entity.name.tag.section'), ['Business']);
  assert.deepEqual(textIn(tokens, 'constant.numeric.date'), ['Mar 02', 'Mar 02']);
});

test('a file that opens with a dateline gets no headline but a dateline', () => {
  const tokens = tokenize('BERLIN (AP) — Officials said on Monday that talks would resume.');
  assert.deepEqual(textIn(tokens, 'markup.heading'), []);
  assert.deepEqual(textIn(tokens, 'meta.dateline'), ['BERLIN (AP) —']);
  const afterBlank = tokenize('\n\nSource: Harbour Wire| 2021-05-04 10:12:00|Editor: Ana Ruiz\nBERLIN (AP) — Talks resumed.');
  assert.deepEqual(textIn(afterBlank, 'markup.heading'), []);
  assert.deepEqual(textIn(afterBlank, 'entity.name.tag.agency'), ['Harbour Wire', 'AP']);
});

test('front matter is a block of its own and suppresses the headline rule', () => {
  const tokens = tokenize(readSample('council-vote.article'));
  const fm = textIn(tokens, 'meta.embedded.block.frontmatter');
  assert.equal(fm[0], '---');
  assert.ok(fm.some((l) => l.startsWith('title: Eastbridge council')));
  assert.ok(
    has(
      tokens.find((t) => t.text === 'date')!,
      'entity.name.tag.yaml',
    ),
  );
  assert.deepEqual(textIn(tokens, 'markup.heading'), []);
  // After the closing --- the article is ordinary text again.
  const after = tokens.find((t) => t.text.startsWith('Eastbridge council backs rent cap'))!;
  assert.ok(!has(after, 'meta.embedded.block.frontmatter'));
});

test('the metadata line splits into source, date and editor', () => {
  const tokens = tokenize(readSample('harbor-strike.news'));
  const line = 2;
  assert.ok(scopesAt(tokens, line, 'Source').includes('keyword.other.metadata.news'));
  assert.ok(scopesAt(tokens, line, 'Coastline Wire').includes('entity.name.tag.agency.news'));
  assert.ok(scopesAt(tokens, line, '2024-03-18 14:02:11').includes('constant.numeric.date.news'));
  assert.ok(scopesAt(tokens, line, 'Lotte Verhagen').includes('entity.name.tag.editor.news'));
  assert.ok(scopesAt(tokens, line, 'Editor').every((s) => s !== 'markup.heading.headline.news'));
});

test('datelines in the three wire styles', () => {
  const cases: Array<[string, string, string | null, string | null]> = [
    ['ROTTERDAM, March 18 (Coastline Wire) -- Dockworkers walked out.', 'ROTTERDAM', 'March 18', 'Coastline Wire'],
    ['Sep 07 (Harbour Times) - The operator said.', '', 'Sep 07', 'Harbour Times'],
    ['NAIROBI (Lakeside Press) — A cooperative signed.', 'NAIROBI', null, 'Lakeside Press'],
    ['EASTBRIDGE, England — The council voted.', 'EASTBRIDGE, England', null, null],
    ['LEÓN, España, July 22 (Iberia Wire) - Pilgrims filled the hostels.', 'LEÓN, España', 'July 22', 'Iberia Wire'],
  ];
  for (const [line, place, date, agency] of cases) {
    const tokens = tokenize('Headline\n\n' + line);
    const dateline = textIn(tokens, 'meta.dateline')[0];
    assert.ok(dateline && line.startsWith(dateline), `no dateline in: ${line}`);
    assert.match(dateline, /(--|—|-)$/);
    assert.equal(textIn(tokens, 'variable.other.place').join(''), place);
    assert.deepEqual(textIn(tokens, 'entity.name.type'), [], 'a dateline city is not coloured as an organization');
    assert.equal(textIn(tokens, 'constant.numeric.date.dateline').join('') || null, date);
    assert.equal(textIn(tokens, 'entity.name.tag.agency').join('') || null, agency);
  }
});

test('a hyphenated word at the start of a body line is not a dateline', () => {
  const tokens = tokenize('Headline\n\nU.S.-led talks resumed on Monday.');
  assert.deepEqual(textIn(tokens, 'meta.dateline'), []);
});

test('a curly quote spanning two lines ends at its closing mark', () => {
  const text = 'Headline\n\nShe said: “We will not\nstop here,” and left at 5 p.m.';
  const tokens = tokenize(text);
  assert.deepEqual(textIn(tokens, 'markup.italic.quote.double'), ['“We will not', 'stop here,”']);
  const after = tokens.find((t) => t.line === 3 && t.text.includes('and left'))!;
  assert.ok(!has(after, 'markup.italic.quote'), 'text after the closing mark is still inside the quote');
  assert.ok(!tokens.some((t) => t.text.includes('5') && has(t, 'constant.numeric')), 'a plain number is not coloured');
});

test('an unclosed quote stops at the blank line that ends its paragraph', () => {
  const tokens = tokenize(readSample('long-quote.news'));
  const quoted = textIn(tokens, 'markup.italic.quote.double');
  // Three paragraphs, each opening with “, only the last one closed: three separate stretches.
  assert.ok(quoted[0].startsWith('“Nobody in this company'));
  assert.ok(quoted[1].startsWith('“But the two vessels'));
  assert.ok(quoted[2].startsWith('“We have asked') && quoted[2].endsWith('about that,”'));
  // The paragraph after the long quote starts outside any string.
  const residents = tokens.find((t) => t.text.startsWith('Residents were not persuaded'))!;
  assert.ok(!has(residents, 'markup.italic.quote'));
});

test('straight quotes pair up and nest single quotes without eating apostrophes', () => {
  const tokens = tokenize(`Headline\n\n"It's 'late' now," the dockers' chair said. Don't worry.`);
  assert.deepEqual(textIn(tokens, 'markup.italic.quote.double'), [`"It's 'late' now,"`]);
  assert.deepEqual(textIn(tokens, 'markup.italic.quote.single'), [`'late'`]);
  const tail = tokens.find((t) => t.text.includes('chair said'))!;
  assert.ok(!has(tail, 'markup.italic.quote'));
});

test('boilerplate markers and tracking digits are comments; teasers are left alone', () => {
  const tokens = tokenize(readSample('harbor-strike.news'));
  assert.deepEqual(textIn(tokens, 'comment.line.boilerplate'), [
    'TOP STORIES',
    'MORE World NEWS',
    'POPULAR NEWS',
    'FOLLOW US',
    '020030080120000000000000011100001449182736',
  ]);
});

test('plain numbers, years, decades and percentages are not coloured: counts must not look like dates', () => {
  const tokens = tokenize('Headline\n\nAbout 800 jobs, 2.4 million, 38% and 1,500 ships since the 1990s; the G7 met.');
  assert.deepEqual(
    tokens.filter((t) => has(t, 'constant.numeric')).map((t) => t.text),
    [],
  );
});

test('quotations are italic, not coloured as strings', () => {
  const tokens = tokenize('Headline\n\n“We will not stop,” she said.');
  assert.deepEqual(textIn(tokens, 'markup.italic.quote'), ['“We will not stop,”']);
  assert.ok(!tokens.some((t) => has(t, 'string')), 'no string scope, which themes colour');
});

test('every sample tokenizes with quotes closed by the end of each paragraph', () => {
  for (const name of fs.readdirSync(path.join(repoRoot, 'samples'))) {
    if (!/\.(news|article|txt)$/.test(name)) continue;
    const text = readSample(name);
    let stack = vsctm.INITIAL;
    text.split(/\r?\n/).forEach((line, i) => {
      stack = grammar.tokenizeLine(line, stack).ruleStack;
      if (line.trim() === '') {
        const probe = grammar.tokenizeLine('probe', stack).tokens[0];
        assert.ok(!probe.scopes.some((s) => s.startsWith('string')), `${name}: a quote runs past blank line ${i + 1}`);
      }
    });
  }
});
