/**
 * Views follow a registry change (issue 16, "Stale views"), the protocol part, over
 * stdio against the real bundled server: LSP has no refresh request for document
 * symbols, so a client that registers providers dynamically (VS Code) gets the outline
 * provider by registration, and a registry edit renews that registration (new one
 * first, then the old one withdrawn), which makes the client ask for the outline
 * again; the refresh requests for semantic tokens and inlay hints and the new
 * diagnostics reach the client too. A client without dynamic registration keeps the
 * static capability. The feature cases (which views the service refreshes, the
 * diagnostics and the outline after the edit) live in
 * test/unit/service/viewsRefresh.test.ts, on the language service over an in-memory
 * workspace.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, PublishDiagnosticsParams, RegistrationParams, SymbolInformation, UnregistrationParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { createNewsWorkspace, type NewsWorkspace, WITH_ENGINEER } from '../support/newsWorkspace';
import { pollUntil } from '../support/textPositions';

const SYMBOL_METHOD = 'textDocument/documentSymbol';

/** Every symbol of an outline, depth first. */
function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

describe('views follow a registry change over stdio', () => {
  let ws: NewsWorkspace;
  let server: TestServer;
  const outline = async () => flatten((await server.connection.sendRequest<DocumentSymbol[]>(SYMBOL_METHOD, { textDocument: { uri: ws.uri('a') } })) ?? []);
  const registrations = (from = 0) =>
    server.received
      .slice(from)
      .flatMap((m) => (m.kind === 'request' && m.method === 'client/registerCapability' ? (m.params as RegistrationParams).registrations : []))
      .filter((r) => r.method === SYMBOL_METHOD);
  const unregistrations = (from = 0) =>
    server.received
      .slice(from)
      .flatMap((m) => (m.kind === 'request' && m.method === 'client/unregisterCapability' ? (m.params as UnregistrationParams).unregisterations : []))
      .filter((u) => u.method === SYMBOL_METHOD);

  before(async () => {
    ws = createNewsWorkspace();
    server = await startServer(
      ws.folder,
      {},
      {
        capabilities: {
          textDocument: { documentSymbol: { dynamicRegistration: true, hierarchicalDocumentSymbolSupport: true } },
          workspace: { semanticTokens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
        },
      },
    );
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

  it('registers the outline provider dynamically, and after a registry edit renews it, sends the refresh requests and new diagnostics', async () => {
    assert.equal(server.initialize.capabilities.documentSymbolProvider, undefined, 'not in the static capabilities');
    await server.waitFor<RegistrationParams>('client/registerCapability', (p) => p.registrations.some((r) => r.method === SYMBOL_METHOD));
    const [old, ...more] = registrations();
    assert.equal(more.length, 0, 'one registration at start');
    assert.deepEqual(old.registerOptions, { documentSelector: null, label: 'News Lens' }, "for the client's own documents");
    const engineer = (symbols: DocumentSymbol[]) => symbols.find((s) => s.name === 'Tomas Ekberg' && /mention/.test(s.detail ?? ''));
    assert.match(engineer(await outline())?.detail ?? '', /unregistered/, 'the outline request is answered');

    const from = server.received.length;
    server.change(ws.uri('registry'), WITH_ENGINEER, 2);
    const renewed = await server.waitFor<RegistrationParams>('client/registerCapability', (p) => p.registrations.some((r) => r.method === SYMBOL_METHOD), {
      from,
    });
    const fresh = renewed.registrations.find((r) => r.method === SYMBOL_METHOD)!;
    assert.notEqual(fresh.id, old.id, 'a new registration');
    await server.waitFor<UnregistrationParams>('client/unregisterCapability', (p) => p.unregisterations.some((u) => u.id === old.id), { from });
    const order = server.received.slice(from).map((m) => m.method);
    assert.ok(
      order.indexOf('client/registerCapability') < order.indexOf('client/unregisterCapability'),
      `the new registration comes before the old one goes: ${order.join(', ')}`,
    );
    assert.ok(order.includes('workspace/semanticTokens/refresh'), `semantic tokens refreshed: ${order.join(', ')}`);
    assert.ok(order.includes('workspace/inlayHint/refresh'), `inlay hints refreshed: ${order.join(', ')}`);
    await server.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === ws.uri('a') && !p.diagnostics.some((d) => String(d.message).includes('Tomas Ekberg')),
      { from },
    );

    assert.equal(engineer(await outline())?.detail, '2 mentions', "the client's next outline request gets the new registry's answer");
    assert.deepEqual(
      unregistrations().map((u) => u.id),
      [old.id],
      'only the old registration was withdrawn',
    );
  });
});

describe('a client without dynamic registration', () => {
  let server: TestServer;
  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('gets the outline provider in the static capabilities and no registration', async () => {
    const ws = createNewsWorkspace();
    server = await startServer(ws.folder);
    assert.deepEqual(server.initialize.capabilities.documentSymbolProvider, { label: 'News Lens' });
    server.open(ws.uri('a'), ws.text('a'));
    // A request answered proves the initialized handler ran before it.
    await server.connection.sendRequest(SYMBOL_METHOD, { textDocument: { uri: ws.uri('a') } });
    assert.equal(
      server.received.filter(
        (m) => m.method === 'client/registerCapability' && (m.params as RegistrationParams).registrations.some((r) => r.method === SYMBOL_METHOD),
      ).length,
      0,
    );
  });
});
