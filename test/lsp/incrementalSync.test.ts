/**
 * The server syncs documents incrementally, as VS Code prefers for long articles: a
 * keystroke sends the range it replaces and the new characters, not the whole text
 * (60 KB for 10,000 words, on every key). Over stdio against the bundled server, a run
 * of range edits of every shape (a letter typed, a word deleted, a new paragraph, an
 * edit across lines, several changes in one notification, a character outside the
 * BMP, CRLF line ends) must leave the server with exactly the text the client holds:
 * its semantic tokens equal those of the same text opened fresh. The article is
 * invented for the test.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocumentSyncKind, type SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type TestServer } from '../support/lspClient';

const ARTICLE = [
  'Ferry crews vote to strike over winter rosters',
  'Source: Lens Wire | 2024-01-09 07:00:00 | Editor: Desk',
  '',
  'BRAMHOLT, Jan 9 (Lens Wire) -- Crews of the Bramholt Island Ferry Company voted on Monday to strike from January 22, the Seafarers Union said.',
  '',
  '"We have asked for safe rosters since October," said Ruth Adeyemi, the union\'s regional secretary. Adeyemi said talks with the company had failed.',
  '',
  "The company's chief executive, Colin Marsh, said on Tuesday that the ferries would keep sailing.",
  '',
].join('\n');

describe('incremental document sync over stdio', () => {
  let server: TestServer;
  let folder: string;
  const uri = (name: string) => pathToFileURL(join(folder, name)).toString();
  const tokens = (name: string) => server.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uri(name) } });

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'news-lens-incremental-'));
    server = await startServer(folder);
  });
  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('announces incremental sync', () => {
    assert.equal(server.initialize.capabilities.textDocumentSync, TextDocumentSyncKind.Incremental);
  });

  it('ends with the text the client holds after range edits of every shape', async () => {
    for (const [name, eol] of [
      ['lf.news', '\n'],
      ['crlf.news', '\r\n'],
    ] as const) {
      let client = TextDocument.create(uri(name), 'news', 1, ARTICLE.replace(/\n/g, eol));
      server.open(uri(name), client.getText());
      let version = 1;
      /** Applies the edits to the client's copy and sends them, as one notification. */
      const send = (...edits: { at: string; nth?: number; remove?: number; insert: string }[]) => {
        const text = client.getText();
        const changes = edits.map((e) => {
          let offset = -1;
          for (let k = 0; k <= (e.nth ?? 0); k++) offset = text.indexOf(e.at, offset + 1);
          assert.ok(offset >= 0, `"${e.at}" is in the text`);
          return { range: { start: client.positionAt(offset), end: client.positionAt(offset + (e.remove ?? 0)) }, text: e.insert };
        });
        // LSP applies the changes of one notification in order, each to the text the previous one left.
        for (const change of changes) client = TextDocument.update(client, [change], version + 1);
        version++;
        server.edit(uri(name), changes, version);
      };
      // Typing a surname, letter by letter, at the end of a line.
      for (const letter of ' Jr') send({ at: 'ferries would keep sailing', remove: 0, insert: letter });
      send({ at: 'Seafarers Union', remove: 'Seafarers '.length, insert: '' });
      send({ at: 'The company', insert: `Talks resume on Friday in Carrow, the minister, Ines Duarte, said.${eol}${eol}` });
      // Across a line break: the end of one paragraph and the start of the next.
      send({ at: `failed.${eol}${eol}Talks`, remove: `failed.${eol}${eol}Talks`.length, insert: 'failed. Talks' });
      send(
        { at: 'Ruth Adeyemi', insert: 'Dr. ' },
        { at: 'Colin Marsh', insert: 'Sir ' },
        { at: 'January 22', remove: 'January 22'.length, insert: 'February 3' },
      );
      send({ at: 'rosters since', insert: '\u{1F6A2} ' });
      const incremental = await tokens(name);
      const fresh = `fresh-${name}`;
      server.open(uri(fresh), client.getText());
      assert.deepEqual(incremental.data, (await tokens(fresh)).data, `${name}: the server holds the client's text`);
      assert.ok(incremental.data.length > 0);
    }
  });
});
