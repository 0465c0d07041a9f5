/**
 * Dates as a reporter reads them, as the language service gives them over an in-memory
 * workspace (test/support/memoryWorkspace.ts) holding the invented newsroom of
 * test/support/newsWorkspace.ts and one undated article built inline: inlay hints in
 * plain words with no TIMEX3 codes, none for dates that cannot be resolved, the
 * "No publication date" code lens that goes once the front matter gives a date and
 * comes back when it is removed, the date card's plain first line with the value below
 * it, and the display language the service was started with. Each case opens its own
 * article, so no case depends on another's edits. test/lsp/readableDates.test.ts keeps
 * the protocol over stdio (the answers as the client receives them, and the locale
 * sent in `initialize` reaching the wording).
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { startService, type TestService } from '../../support/memoryWorkspace';
import { WORKSPACE_FILES, type WorkspaceFile } from '../../support/newsWorkspace';
import { inside, positionAt, rangeOf } from '../../support/textPositions';

const FOLDER = '/ws';
const T = NEVER_CANCELLED;

/** What a reader must never see in a hint: the codes of TIMEX3 (`XXXX`, `-W`, `T` time codes). */
const TIMEX_CODE = /XXXX|-W|\dT|T\d{2}:|T(?:MO|AF|EV|NI|DT)\b/;

/** Written for this test: no publication date anywhere, weekdays, a part of day and a clock time. */
const UNDATED = `Council backs new tram line

Councillor Ellen Marsh said the council met on Thursday evening and voted at 6pm. The line opens next month, she said on Friday.
`;
const DATED = `---\ndate: 2024-05-04\n---\n${UNDATED}`;

/** A service over the newsroom, its display language `locale`. */
function start(locale: string): Promise<TestService> {
  const files = Object.fromEntries(
    Object.keys(WORKSPACE_FILES).map((f) => [`${FOLDER}/${WORKSPACE_FILES[f as WorkspaceFile].name}`, WORKSPACE_FILES[f as WorkspaceFile].text]),
  );
  return startService(files, { folder: FOLDER, locale });
}

/** Each case opens its own article (a path of its own), so no case sees another's edits. */
let articles = 0;
const open = (t: TestService, text: string): TextDocument => t.workspace.openDocument(`${FOLDER}/undated-${++articles}.news`, text);

/** Every inlay hint of the whole article. */
function hints(t: TestService, article: TextDocument): InlayHint[] {
  const text = article.getText();
  return t.service.inlayHints({ textDocument: { uri: article.uri }, range: { start: { line: 0, character: 0 }, end: positionAt(text, text.length) } }, T);
}

/** The labels of the hints placed right after `needle`. */
function hintAfter(list: InlayHint[], text: string, needle: string): string[] {
  const end = rangeOf(text, needle).end;
  return list.filter((h) => h.position.line === end.line && h.position.character === end.character).map((h) => String(h.label).trim());
}

const lenses = (t: TestService, article: TextDocument) => t.service.codeLenses({ textDocument: { uri: article.uri } }, T);

describe('readable dates over an in-memory workspace', () => {
  let t: TestService;
  before(async () => {
    t = await start('en');
  });
  after(() => t.service.dispose());

  it('without a publication date: no hint at all, and one lens on the first line running Set Publication Date', async () => {
    const article = open(t, UNDATED);
    assert.deepEqual(hints(t, article), [], 'no hint for a date that cannot be resolved');
    const list = await lenses(t, article);
    assert.equal(list.length, 1, JSON.stringify(list));
    assert.equal(list[0].range.start.line, 0);
    assert.equal(list[0].command?.title, 'No publication date: relative dates cannot be resolved — Set Publication Date…');
    assert.equal(list[0].command?.command, 'newsLens.setPublicationDate');
    assert.equal(list[0].command?.arguments?.[0], article.uri);
  });

  it('once the front matter gives the date: the lens goes, hints appear in plain words without TIMEX3 codes', async () => {
    const article = t.workspace.editDocument(open(t, UNDATED), DATED);
    assert.deepEqual(await lenses(t, article), []);
    const list = hints(t, article);
    assert.ok(list.length >= 3, JSON.stringify(list.map((h) => h.label)));
    for (const h of list) assert.ok(!TIMEX_CODE.test(String(h.label)), `hint "${String(h.label)}" shows a TIMEX3 code`);
    // 2024-05-04 is a Saturday: "Thursday evening" is 2 May, and the 6pm of the same sentence too.
    assert.deepEqual(hintAfter(list, DATED, 'Thursday evening'), ['Thu 2 May 2024, evening']);
    assert.deepEqual(hintAfter(list, DATED, '6pm'), ['Thu 2 May 2024, 18:00']);
    assert.deepEqual(hintAfter(list, DATED, 'next month'), ['June 2024']);
  });

  it('the date card leads with plain words and keeps the TIMEX3 value below', () => {
    const article = open(t, DATED);
    const hover = t.service.hover({ textDocument: { uri: article.uri }, position: inside(DATED, 'Thursday evening') }, T);
    const value = (hover?.contents as MarkupContent).value;
    const lines = value.split('\n');
    assert.match(lines[0], /^\*\*Thu 2 May 2024, evening\*\*/);
    assert.ok(!TIMEX_CODE.test(lines[0]), lines[0]);
    assert.match(value, /TIMEX3 value `2024-05-02TEV`/);
  });

  it("without a year: the lens and the quick fix offer the same date, the dateline's day in this year; without a day, none", async () => {
    const yearless = open(t, `Ferry talks resume\n\nKINGSFERRY, Sept. 19 (Coastline Wire) -- Talks resumed on Thursday, officials said.\n`);
    const lens = (await lenses(t, yearless))[0];
    assert.equal(lens?.command?.title, 'No publication year: relative dates cannot be resolved — Set Publication Date…');
    const expected = `${new Date().getFullYear()}-09-19`;
    assert.deepEqual(lens.command?.arguments, [yearless.uri, expected]);
    const diagnostics = t.service.diagnostics(yearless.uri) ?? [];
    const unknownYear = diagnostics.filter((d) => d.code === 'unknown-year');
    assert.equal(unknownYear.length, 1, JSON.stringify(diagnostics.map((d) => d.code)));
    const actions = t.service.codeActions({ textDocument: { uri: yearless.uri }, range: unknownYear[0].range, context: { diagnostics: unknownYear } }, T) as {
      title: string;
      command?: { arguments?: unknown[] };
    }[];
    const fix = actions.find((a) => a.title === 'Set the publication date in front matter…');
    assert.deepEqual(fix?.command?.arguments, [yearless.uri, expected]);
    const undated = (await lenses(t, open(t, UNDATED)))[0];
    assert.deepEqual(undated.command?.arguments, [undated.command?.arguments?.[0]], 'no suggestion: the client starts from today');
  });

  it('the lens comes back when the date is removed again', async () => {
    const dated = t.workspace.editDocument(open(t, UNDATED), DATED);
    assert.deepEqual(await lenses(t, dated), [], 'the dated article has no lens');
    const again = t.workspace.editDocument(dated, UNDATED);
    assert.equal((await lenses(t, again)).length, 1);
  });
});

describe('readable dates in the display language the service was started with', () => {
  it('names the month in German for a service started in German', async () => {
    const t = await start('de');
    try {
      const list = hints(t, open(t, DATED));
      assert.ok(
        list.some((h) => /Mai 2024/.test(String(h.label))),
        JSON.stringify(list.map((h) => h.label)),
      );
    } finally {
      t.service.dispose();
    }
  });
});
