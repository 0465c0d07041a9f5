/**
 * The registry as a live document over stdio, for the protocol: an `entities.yaml` opened
 * with didOpen (languageId yaml) and edited with didChange takes effect at once without
 * saving, its diagnostics arrive as a publishDiagnostics notification for the registry's URI,
 * the hover the client receives changes with it, and the server shuts down cleanly. The
 * feature cases (a YAML syntax error keeping the last good version, duplicate ids, shared
 * aliases as Information, unknown types, closing the buffer unsaved) live in
 * test/unit/service/registry.test.ts, on the language service over an in-memory workspace.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent, PublishDiagnosticsParams, SymbolInformation } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { createNewsWorkspace, WORKSPACE_REGISTRY, type NewsWorkspace, WITH_ENGINEER } from '../support/newsWorkspace';
import { inside, pollUntil } from '../support/textPositions';

describe('the registry as a live document over stdio', () => {
  let ws: NewsWorkspace;
  let server: TestServer;
  let version = 1;
  const hoverValue = async (needle: string) => {
    const result = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: ws.uri('a') },
      position: inside(ws.text('a'), needle),
    });
    return (result?.contents as MarkupContent | undefined)?.value ?? '';
  };
  /** Replaces the registry buffer (full sync) and waits for the diagnostics that edit produces. */
  const editRegistry = async (text: string) => {
    const from = server.received.length;
    server.change(ws.uri('registry'), text, ++version);
    const published = await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === ws.uri('registry'), { from });
    return published.diagnostics;
  };

  before(async () => {
    ws = createNewsWorkspace();
    server = await startServer(ws.folder);
    // Files are indexed in name order and tram-vote.news comes last: once its engineer is searchable, the scan is done.
    await pollUntil(
      () => server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'Tomas Ekberg' }),
      (found) => found.some((s) => s.location.uri === ws.uri('a')),
      'the first index',
    );
    server.open(ws.uri('a'), ws.text('a'));
    server.open(ws.uri('registry'), ws.text('registry'), 'yaml');
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('registers a name as soon as the open registry buffer gains it, without saving', async () => {
    assert.match(await hoverValue('Tomas Ekberg'), /not in the registry/);
    const diagnostics = await editRegistry(WITH_ENGINEER);
    assert.deepEqual(diagnostics, []);
    const card = await hoverValue('Tomas Ekberg');
    assert.match(card, /^\*\*Tomas Ekberg\*\* — person/);
    assert.match(card, /Civil engineer who drafted the first tram route/);
    assert.doesNotMatch(card, /not in the registry/);
    assert.match(card, /id `ekberg-engineer`/);
    assert.equal(readFileSync(ws.path('registry'), 'utf8'), WORKSPACE_REGISTRY, 'nothing was written to disk');
  });

  it('shuts down and exits with code 0 and nothing on stderr', async () => {
    assert.equal(await server.stop(), 0);
    assert.equal(server.stderr(), '');
  });
});
