/**
 * Settings per workspace folder over stdio (issue 14), for the protocol: the server pulls
 * `workspace/configuration` once per folder (scoped to its URI) at start, pulls each folder
 * again when the client sends `workspace/didChangeConfiguration` (with no value in it), and what
 * the new values change reaches the client as the protocol's notification (an open article's
 * diagnostics published again). The feature cases (each folder's registries and globs, and a
 * change redoing only its class: hints refreshed, articles re-checked, registries reloaded and
 * re-indexed) live in test/unit/service/settingsPerFolder.test.ts, on the language service
 * over an in-memory workspace.
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

describe('settings per workspace folder over stdio', () => {
  const root = mkdtempSync(join(tmpdir(), 'news-lens-folders-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  mkdirSync(join(a, 'shared'), { recursive: true });
  mkdirSync(b, { recursive: true });
  writeFileSync(join(a, 'shared', 'people.yaml'), REGISTRY);
  writeFileSync(join(a, 'ferry.news'), ARTICLE);
  writeFileSync(join(b, 'ferry.news'), ARTICLE);
  const uriB = pathToFileURL(join(b, 'ferry.news')).toString();
  const values = new Map<string, Record<string, unknown>>([[pathToFileURL(a).toString(), { registries: ['shared/*.yaml'] }]]);
  let server: TestServer;

  const diagnosticsOf = (uri: string, from: number) =>
    server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { from });
  const unregistered = (p: PublishDiagnosticsParams) =>
    p.diagnostics.filter((d) => /"Maria Lindqvist" \(person\) is not in the registry/.test(String(d.message)));
  /** The scope URIs of each workspace/configuration request the server sent since `from`. */
  const pullsSince = (from: number) =>
    server.received
      .slice(from)
      .filter((m) => m.method === 'workspace/configuration')
      .map((m) => (m.params as { items: { scopeUri?: string }[] }).items.map((i) => i.scopeUri));
  const perFolder = (pulls: (string | undefined)[][]) =>
    pulls.some((scopes) => scopes.includes(pathToFileURL(a).toString()) && scopes.includes(pathToFileURL(b).toString()));

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
    const pulls = pullsSince(0);
    assert.ok(perFolder(pulls), JSON.stringify(pulls));
  });

  it("pulls each folder again on didChangeConfiguration, and publishes what the folder's new values change", async () => {
    let from = server.received.length;
    server.open(uriB, ARTICLE);
    const opened = await diagnosticsOf(uriB, from);
    assert.deepEqual(
      unregistered(opened).map((d) => d.severity),
      [4],
      'a hint in folder b by default',
    );
    from = server.received.length;
    values.set(pathToFileURL(b).toString(), { diagnostics: { unregisteredNames: 'warning' } });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const inB = await diagnosticsOf(uriB, from);
    assert.deepEqual(
      unregistered(inB).map((d) => d.severity),
      [2],
      'now a warning in folder b',
    );
    const pulls = pullsSince(from);
    assert.ok(perFolder(pulls), JSON.stringify(pulls));
  });
});
