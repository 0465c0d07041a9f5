/**
 * Settings per workspace folder over stdio (issue 14): the server pulls `workspace/configuration`
 * once per folder (scoped to its URI) and honours each folder's values; `newsLens.registries`
 * globs expand; and a change redoes only its class (settings.ts SETTING_EFFECTS): an inlay-hint
 * toggle refreshes hints without re-analysing or re-indexing, a diagnostics change re-checks the
 * open articles without re-indexing, a registries change reloads and re-indexes.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';

// Invented for this test.
const ARTICLE = `Harbour ferries return after repairs

HARBOURTON, June 14, 2021 — Maria Lindqvist opened the new ferry terminal on Monday.
"The boats are back," Maria Lindqvist said.
`;
const REGISTRY = 'entities:\n  - id: maria-lindqvist\n    name: Maria Lindqvist\n    type: person\n';

/** Long enough for a debounced re-index (400 ms) or a diagnostics pass to have shown itself. */
const SETTLE_MS = 1_200;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('settings per workspace folder over stdio', () => {
  const root = mkdtempSync(join(tmpdir(), 'news-lens-folders-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  mkdirSync(join(a, 'shared'), { recursive: true });
  mkdirSync(b, { recursive: true });
  writeFileSync(join(a, 'shared', 'people.yaml'), REGISTRY);
  writeFileSync(join(a, 'ferry.news'), ARTICLE);
  writeFileSync(join(b, 'ferry.news'), ARTICLE);
  const uriA = pathToFileURL(join(a, 'ferry.news')).toString();
  const uriB = pathToFileURL(join(b, 'ferry.news')).toString();
  const values = new Map<string, Record<string, unknown>>([[pathToFileURL(a).toString(), { registries: ['shared/*.yaml'] }]]);
  let server: TestServer;

  const diagnosticsOf = (uri: string, from: number) =>
    server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { from });
  const unregistered = (p: PublishDiagnosticsParams) =>
    p.diagnostics.filter((d) => /"Maria Lindqvist" \(person\) is not in the registry/.test(String(d.message)));
  const since = (from: number, method: string) => server.received.slice(from).filter((m) => m.method === method);
  const change = async (folder: string, value: Record<string, unknown>) => {
    values.set(pathToFileURL(folder).toString(), value);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  };

  before(async () => {
    server = await startServer(
      a,
      {},
      {
        moreFolders: [b],
        capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
        configuration: (items) => items.map((item) => (item.scopeUri ? (values.get(item.scopeUri) ?? {}) : {})),
      },
    );
    await server.waitFor('$/progress', (p: { value: { kind: string } }) => p.value.kind === 'end', { timeoutMs: 15_000 });
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('pulls the configuration once per folder, scoped to its URI', () => {
    const pulls = since(0, 'workspace/configuration').map((m) => (m.params as { items: { scopeUri?: string }[] }).items.map((i) => i.scopeUri));
    assert.ok(
      pulls.some((scopes) => scopes.includes(pathToFileURL(a).toString()) && scopes.includes(pathToFileURL(b).toString())),
      JSON.stringify(pulls),
    );
  });

  it("honours each folder's registries (a glob in one folder, nothing in the other)", async () => {
    const from = server.received.length;
    server.open(uriA, ARTICLE);
    server.open(uriB, ARTICLE);
    const [inA, inB] = await Promise.all([diagnosticsOf(uriA, from), diagnosticsOf(uriB, from)]);
    assert.deepEqual(unregistered(inA), [], 'folder a links Maria Lindqvist through shared/*.yaml');
    assert.equal(unregistered(inB).length, 1, 'folder b has no registry: the name is reported');
  });

  it('an inlay-hint toggle refreshes hints and re-analyses nothing, re-indexes nothing', async () => {
    const from = server.received.length;
    await change(b, { inlayHints: { enabled: false } });
    await server.waitFor('workspace/inlayHint/refresh', undefined, { from });
    await sleep(SETTLE_MS);
    assert.deepEqual(since(from, 'textDocument/publishDiagnostics'), []);
    assert.deepEqual(since(from, 'window/workDoneProgress/create'), []);
  });

  it('a diagnostics change re-checks the open articles and re-indexes nothing', async () => {
    const from = server.received.length;
    await change(b, { inlayHints: { enabled: false }, diagnostics: { unregisteredNames: 'warning' } });
    const inB = await diagnosticsOf(uriB, from);
    assert.deepEqual(
      unregistered(inB).map((d) => d.severity),
      [2],
      'now a warning in folder b',
    );
    await sleep(SETTLE_MS);
    assert.deepEqual(since(from, 'window/workDoneProgress/create'), []);
  });

  it('a registries change reloads the registry and re-indexes', async () => {
    const from = server.received.length;
    await change(b, { registries: ['../a/shared/*.yaml'] });
    await server.waitFor('window/workDoneProgress/create', undefined, { from, timeoutMs: 15_000 });
    const inB = await diagnosticsOf(uriB, from);
    assert.deepEqual(unregistered(inB), [], 'folder b now links the name through the glob');
  });
});
