/**
 * Dates as a reporter reads them, the protocol part, over stdio against the bundled
 * server: the code lens (with the command and its argument the client runs), the inlay
 * hints and the date card arrive as the client receives them and follow the
 * document's didChange, and the display language sent in `initialize` reaches the
 * wording. The feature cases (no hint for an unresolvable date, hints without TIMEX3
 * codes, the lens going and coming back, the card's layout, German month names) live
 * in test/unit/service/readableDates.test.ts, on the language service over an
 * in-memory workspace.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { createNewsWorkspace, type NewsWorkspace } from '../support/newsWorkspace';
import { inside, positionAt, rangeOf } from '../support/textPositions';

/** Written for this test (the article of test/unit/service/readableDates.test.ts): no publication date, weekdays, a part of day and a clock time. */
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

  it('the lens, the hints and the date card arrive as the client receives them, and follow the edits', async () => {
    const list = await lenses();
    assert.equal(list.length, 1, JSON.stringify(list));
    assert.equal(list[0].command?.command, 'newsLens.setPublicationDate');
    assert.equal(list[0].command?.arguments?.[0], uri, 'the command runs on the article');

    server.change(uri, DATED, 2);
    assert.deepEqual(await lenses(), [], 'the edit reached the server');
    assert.deepEqual(hintAfter(await hints(DATED), DATED, 'Thursday evening'), ['Thu 2 May 2024, evening']);
    const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(DATED, 'Thursday evening') });
    assert.match((hover?.contents as MarkupContent).value, /^\*\*Thu 2 May 2024, evening\*\*/);
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
