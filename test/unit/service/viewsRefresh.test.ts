/**
 * Views follow a registry change (issue 16, "Stale views"), as the language service
 * does it over an in-memory workspace (test/support/memoryWorkspace.ts) holding the
 * invented newsroom of test/support/newsWorkspace.ts: an edit of the open registry
 * asks the client to refresh semantic tokens, inlay hints and the outline, publishes
 * the open article's diagnostics again, and the outline then says what the new
 * registry says. What the client was told is read from the RecordingClient. How the
 * adapter turns the outline refresh into a renewed dynamic registration (LSP has no
 * refresh request for document symbols), and the refresh requests as the client
 * receives them, stay over stdio in test/lsp/viewsRefresh.test.ts.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { startService, type TestService } from '../../support/memoryWorkspace';
import { WORKSPACE_FILES, type WorkspaceFile, WITH_ENGINEER } from '../../support/newsWorkspace';
import { pollUntil } from '../../support/textPositions';

const FOLDER = '/ws';
const T = NEVER_CANCELLED;
const path = (file: WorkspaceFile) => `${FOLDER}/${WORKSPACE_FILES[file].name}`;

/** Every symbol of an outline, depth first. */
function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

/** The engineer's entity in an outline (the symbol with a mention count, not one of its mentions). */
const engineer = (symbols: DocumentSymbol[]) => symbols.find((s) => s.name === 'Tomas Ekberg' && /mention/.test(s.detail ?? ''));

/** A service over the newsroom with article A and the registry open, as an editor would have them. */
async function withOpenRegistry(run: (t: TestService, article: TextDocument, registry: TextDocument) => Promise<void>): Promise<void> {
  const files = Object.fromEntries(Object.keys(WORKSPACE_FILES).map((f) => [path(f as WorkspaceFile), WORKSPACE_FILES[f as WorkspaceFile].text]));
  const t = await startService(files, { folder: FOLDER });
  try {
    const article = t.workspace.openDocument(path('a'));
    const registry = t.workspace.openDocument(path('registry'), undefined, 'yaml');
    await run(t, article, registry);
  } finally {
    t.service.dispose();
  }
}

describe('views follow a registry change over an in-memory workspace', () => {
  const outline = (t: TestService, article: TextDocument) => flatten(t.service.documentSymbols({ textDocument: { uri: article.uri } }, T));

  it('after a registry edit the outline says what the new registry says', () =>
    withOpenRegistry(async (t, article, registry) => {
      const before = engineer(outline(t, article));
      assert.ok(before, 'the engineer is in the outline');
      assert.match(before.detail ?? '', /unregistered/, 'and unregistered before the edit');
      t.workspace.editDocument(registry, WITH_ENGINEER);
      const after = engineer(outline(t, article));
      assert.ok(after, 'the engineer is still in the outline');
      assert.equal(after.detail, '2 mentions', 'registered now, full name and surname as one entity');
      assert.deepEqual(
        after.children?.map((c) => c.name),
        ['Tomas Ekberg', 'Ekberg'],
      );
    }));

  it('a registry edit asks the client to refresh semantic tokens, inlay hints and the outline', () =>
    withOpenRegistry(async (t, _article, registry) => {
      const from = t.client.refreshes.length;
      t.workspace.editDocument(registry, WITH_ENGINEER);
      const asked = t.client.refreshes.slice(from);
      assert.ok(asked.includes('semanticTokens'), `semantic tokens refreshed: ${asked.join(', ')}`);
      assert.ok(asked.includes('inlayHints'), `inlay hints refreshed: ${asked.join(', ')}`);
      assert.ok(asked.includes('outline'), `the outline refreshed: ${asked.join(', ')}`);
    }));

  it("a registry edit publishes the article's diagnostics again, without the name the registry now has", () =>
    withOpenRegistry(async (t, article, registry) => {
      const mentionsEngineer = () => (t.client.diagnostics.get(article.uri) ?? []).some((d) => String(d.message).includes('Tomas Ekberg'));
      await pollUntil(async () => mentionsEngineer(), Boolean, 'the first diagnostics of the article, naming the unregistered engineer');
      // Forget what was published, so only a publication after the edit can satisfy the wait below.
      t.client.diagnostics.delete(article.uri);
      t.workspace.editDocument(registry, WITH_ENGINEER);
      await pollUntil(async () => t.client.diagnostics.has(article.uri) && !mentionsEngineer(), Boolean, 'diagnostics published again without the engineer');
    }));
});
