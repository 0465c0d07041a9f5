/**
 * The status bar's tooltip, as the server words it over stdio (newsLens/articleSummary):
 * singulars where a count is one, and the publication date in the words the hover uses.
 * It used to read "1 entity mentions (1 entities), 1 dates, 1 quotations" and
 * "Published XXXX-02-03" for a dateline without a year. The articles are invented.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ARTICLE_SUMMARY_REQUEST, type ArticleSummary } from '../../server/src/protocol';
import { startServer, type TestServer } from '../support/lspClient';

const ONE_OF_EACH = 'Ferry notice\n\nKESTFORD, Feb 3 (Lantern Post) -- "We sail at noon," said Amara Lindqvist.\n';
const DATED = 'Ferry notice\n\nSource: Lantern Post| 2024-03-18 09:00:00|Editor: Olaf Brandt\n\nThe ferry will not sail on Monday.\n';

describe('the status bar summary, over stdio', () => {
  let dir: string;
  let server: TestServer;
  const summaryOf = async (name: string, text: string) => {
    const uri = pathToFileURL(join(dir, name)).toString();
    const from = server.received.length;
    server.open(uri, text);
    await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { from });
    return server.connection.sendRequest<ArticleSummary | null>(ARTICLE_SUMMARY_REQUEST, { uri });
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-summary-'));
    server = await startServer(dir, {}, { locale: 'en' });
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('says "1 quotation", not "1 quotations", and a year-less date in words', async () => {
    const summary = await summaryOf('notice.news', ONE_OF_EACH);
    assert.equal(summary?.quotes, 1);
    assert.match(summary!.tooltip, /, 1 quotation\n/);
    assert.doesNotMatch(summary!.tooltip, /\b1 (entity mentions|entities|dates|quotations)\b/);
    assert.match(summary!.tooltip, /\nPublished 3 February \(year unknown\)$/);
  });

  it('writes a known publication date as the hover does', async () => {
    const summary = await summaryOf('dated.news', DATED);
    assert.equal(summary?.publicationDate, '2024-03-18');
    assert.match(summary!.tooltip, /\nPublished Mon 18 March 2024$/);
  });
});
