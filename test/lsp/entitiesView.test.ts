/**
 * The Entities view's request, the export request and the index-changed notification,
 * over stdio against the bundled server: that the custom requests are wired and their
 * results arrive as the client receives them (ranges and JSON text through the
 * protocol), and that a file event reaches the service and comes back as the
 * notification the view refreshes on. The workspace is the invented fisheries newsroom
 * of test/support/fisheriesNewsroom.ts in a temporary folder. The feature cases
 * (grouping and ordering, one article's tree, unsaved edits, each export format,
 * skipped files) live in test/unit/service/entitiesView.test.ts, on the language
 * service over an in-memory workspace.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ArticleJson } from '../../server/src/cli/output';
import { ENTITIES_REQUEST, EXPORT_REQUEST, INDEX_CHANGED_NOTIFICATION, type EntitiesResult, type ExportResult } from '../../server/src/protocol';
import { entity, NEWSROOM_FILES, occurrences, PROTEST, QUOTA, textAt, validateCliOutput as validate } from '../support/fisheriesNewsroom';
import { startServer, type TestServer } from '../support/lspClient';

describe('Entities view and export over stdio', () => {
  let server: TestServer;
  let folder: string;
  const uri: Record<'quota' | 'protest', string> = { quota: '', protest: '' };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'news-lens-entities-'));
    for (const [name, text] of Object.entries(NEWSROOM_FILES)) writeFileSync(join(folder, name), text);
    uri.quota = pathToFileURL(join(folder, 'quota.news')).toString();
    uri.protest = pathToFileURL(join(folder, 'protest.news')).toString();
    server = await startServer(folder);
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  /** Asks for the tree until the first scan has finished: the request itself says when it is. */
  async function indexedTree(): Promise<EntitiesResult> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const result = await server.connection.sendRequest<EntitiesResult>(ENTITIES_REQUEST, {});
      if (!result.indexing && result.groups.length > 0) return result;
      assert.ok(Date.now() < deadline, `the workspace was not indexed in time; stderr: ${server.stderr()}`);
    }
  }

  it('answers the Entities request and the export request as the client receives them', async () => {
    const tree = await indexedTree();
    const carvalho = entity(tree, 'ines-carvalho');
    assert.ok(carvalho, 'the registered minister is listed');
    assert.equal(carvalho.mentionCount, occurrences(QUOTA, 'Carvalho') + occurrences(PROTEST, 'Carvalho'));
    assert.deepEqual(
      carvalho.articles.map((a) => a.uri),
      [uri.protest, uri.quota],
      'file URIs of the folder on disk, newest article first',
    );
    for (const article of carvalho.articles) {
      const source = article.uri === uri.quota ? QUOTA : PROTEST;
      for (const mention of article.mentions) assert.match(textAt(source, mention), /^(Ines )?Carvalho$/);
    }
    const only = await server.connection.sendRequest<EntitiesResult>(ENTITIES_REQUEST, { uri: uri.quota });
    assert.ok(
      only.groups.flatMap((g) => g.entities).every((e) => e.articles.every((a) => a.uri === uri.quota)),
      'the uri parameter reaches the provider',
    );

    const result = await server.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { uris: [], format: 'json' });
    assert.equal(result.articles, 2);
    const output = JSON.parse(result.content) as { articles: ArticleJson[] };
    assert.ok(validate(output), JSON.stringify(validate.errors));
    assert.deepEqual(output.articles.map((a) => a.file).sort(), ['protest.news', 'quota.news'], 'paths relative to the workspace folder');
  });

  it('tells the client when the index changed', async () => {
    await indexedTree();
    // The first index sends its own notification once its burst of changes settles; the one awaited below is the file event's.
    await server.waitFor(INDEX_CHANGED_NOTIFICATION);
    const from = server.received.length;
    writeFileSync(join(folder, 'quota.news'), `${QUOTA}\nRui Tavares sold his boat.\n`);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri.quota, type: 2 }] });
    await server.waitFor(INDEX_CHANGED_NOTIFICATION, undefined, { from, timeoutMs: 3000 });
    const tree = await server.connection.sendRequest<EntitiesResult>(ENTITIES_REQUEST, { uri: uri.quota });
    assert.equal(entity(tree, 'rui-tavares')?.mentionCount, occurrences(QUOTA, 'Tavares') + 1);
  });
});
