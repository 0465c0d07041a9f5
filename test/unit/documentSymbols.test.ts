/**
 * The outline (features/documentSymbols.ts) as LSP and VS Code require it: every symbol's
 * selection inside its range (VS Code rejects the whole outline otherwise), and a long
 * article's outline bounded (each node lists at most MAX_CHILDREN children, its detail the
 * whole count). Inline text written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { DocumentSymbol, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/analysis';
import { documentSymbols, MAX_CHILDREN } from '../../server/src/features/documentSymbols';

function outline(text: string): DocumentSymbol[] {
  return documentSymbols(TextDocument.create('file:///a.news', 'news', 1, text), analyzeArticle(text, { publicationDate: '2024-03-04' }));
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Every symbol of the tree, depth first. */
function all(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...all(s.children ?? [])]);
}

describe('the outline', () => {
  for (const text of [
    'Fares rise\n\nVELLMOUTH, March 4, 2024 (Coast Wire) --\n\nFerry fares will rise in April, the harbour office said on Monday, according to Dario Fenwick.\n',
    'Fares rise\n\nFerry fares will rise, said Tamsin Okoye.',
  ]) {
    it(`keeps every selection inside its range: ${JSON.stringify(text.slice(0, 30))}`, () => {
      const symbols = all(outline(text));
      assert.ok(
        symbols.some((s) => s.name === 'People'),
        JSON.stringify(symbols.map((s) => s.name)),
      );
      for (const s of symbols) {
        assert.ok(before(s.range.start, s.selectionRange.start) && before(s.selectionRange.end, s.range.end), `${s.name}: ${JSON.stringify(s)}`);
      }
    });
  }

  it('lists at most MAX_CHILDREN mentions, quotations and dates under one node, and counts them all', () => {
    const paragraph = 'Mayor Tamsin Okoye said on Monday that ferry fares would rise. "We have no choice," Okoye said.\n\n';
    const text = 'Fares rise\n\n' + paragraph.repeat(1500);
    const groups = outline(text);
    const people = groups.find((g) => g.name === 'People')!;
    const okoye = people.children!.find((c) => c.name === 'Tamsin Okoye')!;
    assert.equal(okoye.children!.length, MAX_CHILDREN);
    assert.match(okoye.detail!, /^3000 mentions/);
    const dates = groups.find((g) => g.name === 'Dates')!;
    assert.equal(dates.detail, '1500');
    assert.equal(dates.children!.length, MAX_CHILDREN);
    const quotes = groups.find((g) => g.name === 'Quotes')!;
    assert.equal(quotes.children![0].children!.length, MAX_CHILDREN);
  });
});
