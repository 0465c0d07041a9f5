/**
 * Dates as a reporter reads them, over stdio against the bundled server: inlay hints
 * in plain words with no TIMEX3 codes, none for dates that cannot be resolved, the
 * "No publication date" code lens that goes once the front matter gives a date, the
 * date card's plain first line with the value below it, and the display language
 * taken from `initialize`.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { createNewsWorkspace, type NewsWorkspace } from '../support/newsWorkspace';
import { inside, positionAt, rangeOf } from '../support/textPositions';

/** What a reader must never see in a hint: the codes of TIMEX3 (`XXXX`, `-W`, `T` time codes). */
const TIMEX_CODE = /XXXX|-W|\dT|T\d{2}:|T(?:MO|AF|EV|NI|DT)\b/;

/** Written for this test: no publication date anywhere, weekdays, a part of day and a clock time. */
const UNDATED = `Council backs new tram line

Councillor Ellen Marsh said the council met on Thursday evening and voted at 6pm. The line opens next month, she said on Friday.
`;
const DATED = `---\ndate: 2024-05-04\n---\n${UNDATED}`;

describe('readable dates over stdio', () => {
  let ws: NewsWorkspace;
  let server: TestServer;
  let uri: string;
  const request = <T>(method: string, params: unknown) => server.connection.sendRequest<T>(method, params);
  const hints = (text: string) =>
    request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: positionAt(text, text.length) } });
  const lenses = () => request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const hintAfter = (list: InlayHint[], text: string, needle: string) => {
    const end = rangeOf(text, needle).end;
    return list.filter((h) => h.position.line === end.line && h.position.character === end.character).map((h) => String(h.label).trim());
  };

  before(async () => {
    ws = createNewsWorkspace();
    server = await startServer(ws.folder, {}, { locale: 'en' });
    uri = pathToFileURL(join(ws.folder, 'undated.news')).toString();
    server.open(uri, UNDATED);
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('without a publication date: no hint at all, and one lens on the first line running Set Publication Date', async () => {
    assert.deepEqual(await hints(UNDATED), [], 'no hint for a date that cannot be resolved');
    const list = await lenses();
    assert.equal(list.length, 1, JSON.stringify(list));
    assert.equal(list[0].range.start.line, 0);
    assert.equal(list[0].command?.title, 'No publication date: relative dates cannot be resolved — Set Publication Date…');
    assert.equal(list[0].command?.command, 'newsLens.setPublicationDate');
    assert.equal(list[0].command?.arguments?.[0], uri);
  });

  it('once the front matter gives the date: the lens goes, hints appear in plain words without TIMEX3 codes', async () => {
    server.change(uri, DATED, 2);
    assert.deepEqual(await lenses(), []);
    const list = await hints(DATED);
    assert.ok(list.length >= 3, JSON.stringify(list.map((h) => h.label)));
    for (const h of list) assert.ok(!TIMEX_CODE.test(String(h.label)), `hint "${String(h.label)}" shows a TIMEX3 code`);
    // 2024-05-04 is a Saturday: "Thursday evening" is 2 May, and the 6pm of the same sentence too.
    assert.deepEqual(hintAfter(list, DATED, 'Thursday evening'), ['Thu 2 May 2024, evening']);
    assert.deepEqual(hintAfter(list, DATED, '6pm'), ['Thu 2 May 2024, 18:00']);
    assert.deepEqual(hintAfter(list, DATED, 'next month'), ['June 2024']);
  });

  it('the date card leads with plain words and keeps the TIMEX3 value below', async () => {
    const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(DATED, 'Thursday evening') });
    const value = (hover?.contents as MarkupContent).value;
    const lines = value.split('\n');
    assert.match(lines[0], /^\*\*Thu 2 May 2024, evening\*\*/);
    assert.ok(!TIMEX_CODE.test(lines[0]), lines[0]);
    assert.match(value, /TIMEX3 value `2024-05-02TEV`/);
  });

  it('the lens comes back when the date is removed again', async () => {
    server.change(uri, UNDATED, 3);
    assert.equal((await lenses()).length, 1);
  });
});

describe('readable dates follow the display language', () => {
  let server: TestServer;
  let uri: string;
  before(async () => {
    const ws = createNewsWorkspace();
    server = await startServer(ws.folder, {}, { locale: 'de' });
    uri = pathToFileURL(join(ws.folder, 'dated.news')).toString();
    server.open(uri, DATED);
  });
  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('names the month in German for a German VS Code', async () => {
    const end = positionAt(DATED, DATED.length);
    const list = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end },
    });
    assert.ok(
      list.some((h) => /Mai 2024/.test(String(h.label))),
      JSON.stringify(list.map((h) => h.label)),
    );
  });
});
