// The Outline tree a user reads beside an article: the headline first, then People,
// Organizations and Places holding the right entities, quotations grouped by speaker,
// and dates in calendar order.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { documentSymbols, fixtures, headlineOf, hoverText, openFixture, readRegistry, registeredMentions, unescapeMarkdown, waitFor } from './helpers';

const ENTITY_GROUPS = [
  { label: 'People', type: 'person' },
  { label: 'Organizations', type: 'organization' },
  { label: 'Places', type: 'place' },
];

/** A compact picture of the tree for failure messages. */
function describeTree(symbols: vscode.DocumentSymbol[]): string {
  return JSON.stringify(symbols.map((s) => `${s.name} [${s.children.map((c) => c.name).join(', ')}]`));
}

/**
 * The first calendar day a TIMEX3 value covers, as YYYY-MM-DD, for values that name a
 * point or stretch of the calendar (year, decade, month, ISO week, day, time); undefined
 * for durations, seasons and values without a year, which have no place on the calendar.
 */
function calendarStart(value: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds 4 January; weeks start on Monday.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (+m[2] - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})$/.exec(value);
  if (m) return `${m[1]}-01-01`;
  m = /^(\d{3})$/.exec(value);
  if (m) return `${m[1]}0-01-01`;
  return undefined;
}

/** The speaker a quotation's hover card names ("said by X"), or "(no speaker)". */
async function speakerOnCard(document: vscode.TextDocument, quote: vscode.DocumentSymbol): Promise<string> {
  // The card for a quotation shows when pointing at its opening mark (or just inside it).
  for (const delta of [0, 1, 2]) {
    const position = document.positionAt(document.offsetAt(quote.range.start) + delta);
    const card = unescapeMarkdown(
      hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? []),
    );
    const said = /\*\*Quotation\*\* — said by (.+)/.exec(card);
    if (said) return said[1].trim();
    if (card.includes('**Quotation** — no speaker found')) return '(no speaker)';
  }
  throw new Error(`no quotation card at the start of ${JSON.stringify(quote.name)} (line ${quote.range.start.line + 1})`);
}

describe('outline tree', () => {
  it('starts with the headline, then the People, Organizations and Places groups in that order', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const symbols = await documentSymbols(document.uri);
    const headline = headlineOf(document.getText());
    assert.strictEqual(symbols[0].name, headline, `the first outline entry should be the headline; tree: ${describeTree(symbols)}`);
    const names = symbols.map((s) => s.name);
    const positions = ENTITY_GROUPS.map((g) => names.indexOf(g.label));
    assert.ok(
      positions.every((p) => p > 0),
      `expected groups ${ENTITY_GROUPS.map((g) => g.label).join(', ')} after the headline; tree: ${describeTree(symbols)}`,
    );
    // VS Code orders top-level symbols by where their ranges start, as the Outline view's default "Sort By: Position" does.
    assert.deepStrictEqual(
      names.slice(1, 4),
      ENTITY_GROUPS.map((g) => g.label),
      `People, Organizations and Places should follow the headline directly; tree: ${describeTree(symbols)}`,
    );
  });

  it('lists each registered name of the article under People, Organizations or Places by its type', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const symbols = await documentSymbols(document.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(
      ENTITY_GROUPS.every((g) => names.includes(g.label)),
      `expected groups ${ENTITY_GROUPS.map((g) => g.label).join(', ')}; tree: ${describeTree(symbols)}`,
    );
    const registry = await readRegistry();
    for (const group of ENTITY_GROUPS) {
      const symbol = symbols[names.indexOf(group.label)];
      const children = symbol.children.map((c) => c.name);
      assert.strictEqual(symbol.detail, String(children.length), `the ${group.label} count should equal its entries ${JSON.stringify(children)}`);
      for (const entry of registry) {
        const mentions = registeredMentions(document.getText(), entry);
        if (mentions.length === 0) continue;
        const surfaces = [entry.name, ...entry.aliases];
        const listedHere = children.filter((c) => surfaces.includes(c));
        if (entry.type === group.type) {
          assert.strictEqual(
            listedHere.length,
            1,
            `${group.label} should list ${entry.name} once (written as ${JSON.stringify(mentions.map((m) => m.surface))}), got ${JSON.stringify(children)}`,
          );
          const longest = mentions.map((m) => m.surface).reduce((a, b) => (b.length > a.length ? b : a));
          assert.strictEqual(listedHere[0], longest, `${group.label} should name ${entry.id} by its fullest form in the text`);
        } else {
          assert.strictEqual(listedHere.length, 0, `${group.label} must not list the ${entry.type} ${entry.name}; got ${JSON.stringify(children)}`);
        }
      }
    }
  });

  it('groups quotations by speaker: one group per speaker, named as the quote cards name them', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const symbols = await documentSymbols(document.uri);
    const quotes = symbols.find((s) => s.name === 'Quotes');
    assert.ok(quotes, `no Quotes group; tree: ${describeTree(symbols)}`);
    const quoteCount = quotes.children.reduce((n, group) => n + group.children.length, 0);
    assert.strictEqual(quotes.detail, String(quoteCount), 'the Quotes count should equal the quotations listed');
    const groupsBySpeaker = new Map<string, Set<string>>();
    for (const group of quotes.children) {
      for (const quote of group.children) {
        const speaker = await waitFor(
          () => `the card of ${JSON.stringify(quote.name)}`,
          () => speakerOnCard(document, quote),
        );
        groupsBySpeaker.set(speaker, new Set([...(groupsBySpeaker.get(speaker) ?? []), group.name]));
      }
    }
    const problems = [...groupsBySpeaker]
      .filter(([speaker, groups]) => groups.size !== 1 || !groups.has(speaker))
      .map(([speaker, groups]) => `quotes said by ${speaker} are under ${JSON.stringify([...groups])}`);
    assert.deepStrictEqual(
      problems,
      [],
      `each speaker should have exactly one group named after them; groups: ${JSON.stringify(quotes.children.map((g) => `${g.name} (${g.children.length})`))}`,
    );
  });

  it('lists the dates in calendar order', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const symbols = await documentSymbols(document.uri);
    const dates = symbols.find((s) => s.name === 'Dates');
    assert.ok(dates, `no Dates group; tree: ${describeTree(symbols)}`);
    const shown = dates.children.map((d) => ({ text: d.name, value: (d.detail ?? '').split(' ')[0], start: calendarStart((d.detail ?? '').split(' ')[0]) }));
    const onCalendar = shown.filter((d) => d.start !== undefined);
    assert.ok(onCalendar.length >= 3, `expected at least three calendar dates in ${fixtures.harborStrike}, got ${JSON.stringify(shown)}`);
    const outOfOrder = onCalendar
      .slice(1)
      .filter((d, i) => d.start! < onCalendar[i].start!)
      .map((d) => {
        const before = onCalendar[onCalendar.indexOf(d) - 1];
        return `"${d.text}" (${d.value}, from ${d.start}) is listed after "${before.text}" (${before.value}, from ${before.start})`;
      });
    assert.deepStrictEqual(outOfOrder, [], `dates as listed: ${shown.map((d) => `${d.text}=${d.value}`).join(', ')}`);
  });
});
