/**
 * "Set Publication Date" over stdio: the request that computes the front-matter edit takes
 * only days of the calendar. It used to accept `2023-02-29` (Date.parse rolls it over to
 * 1 March), writing a date the front matter then reports as impossible. The client's input
 * box checks with the same function (protocol.ts isPublicationDate). The article is invented.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { isPublicationDate, PUBLICATION_DATE_EDIT_REQUEST } from '../../server/src/protocol';
import { startServer, type TestServer } from '../support/lspClient';

const ARTICLE = 'Ferry timetable changes\n\nKESTFORD, Feb 3 (Lantern Post) -- The ferry will sail twice a day from next week.\n';

describe('the publication date edit, over stdio', () => {
  let server: TestServer;
  let uri: string;
  const edit = (date: string) => server.connection.sendRequest<WorkspaceEdit>(PUBLICATION_DATE_EDIT_REQUEST, { uri, date });

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-lens-setdate-'));
    uri = pathToFileURL(join(dir, 'ferry.news')).toString();
    server = await startServer(dir);
    const from = server.received.length;
    server.open(uri, ARTICLE);
    await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { from });
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('refuses a date that is no day of the calendar, and writes a real one', async () => {
    for (const impossible of ['2023-02-29', '2024-04-31', '2024-13-01'])
      await assert.rejects(edit(impossible), /not a day of the calendar/, `${impossible} is refused`);
    const written = await edit('2024-02-29');
    assert.match(JSON.stringify(written), /date: 2024-02-29/);
  });

  it('the check the input box uses agrees', () => {
    assert.deepEqual(['2023-02-29', '2024-02-29', '2024-04-31', '2024-04-30', '24-04-30', '2024-4-30'].map(isPublicationDate), [
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});
