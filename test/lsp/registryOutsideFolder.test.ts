/**
 * An article opened from outside every workspace folder (VS Code with no folder open, or a
 * file dragged in from elsewhere) beside an `entities.yaml` the server has not loaded: the
 * "Add … to the registry" quick fix must add to that file, not write a second registry over
 * its first line. Before the fix the edit was "create if missing, then insert a new registry
 * at 0", which left two `entities:` keys and the whole registry broken. Over stdio against
 * the bundled server; everything here is invented for the test.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, PublishDiagnosticsParams, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { startServer, type TestServer } from '../support/lspClient';
import { rangeOf } from '../support/textPositions';

const REGISTRY = `# Desk registry, kept by hand
entities:
  - id: ines-kovac
    name: Ines Kovač
    type: person
    description: Mayor of Valdmere
`;

const ARTICLE = `Valdmere approves river walkway

VALDMERE, May 14 (Lantern Post) -- "This is the walkway our grandparents asked for," said Tomasz Weller, who proposed the plan. Weller said work would start soon.
`;

/** The edits a workspace edit makes to `uri`, whichever of its two shapes it uses. */
function editsOf(action: CodeAction, uri: string): { creates: boolean; edits: TextEdit[] } {
  const changes = action.edit?.documentChanges ?? [];
  const creates = changes.some((c) => 'kind' in c && c.kind === 'create' && c.uri === uri);
  const edits = [
    ...(action.edit?.changes?.[uri] ?? []),
    ...changes.filter((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri).flatMap((c) => c.edits as TextEdit[]),
  ];
  return { creates, edits };
}

describe('adding a name from an article outside the workspace folders, over stdio', () => {
  let root: string;
  let server: TestServer;
  const articlePath = () => join(root, 'desk', 'walkway.news');
  const registryPath = () => join(root, 'desk', 'entities.yaml');

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'news-lens-outside-'));
    mkdirSync(join(root, 'folder'));
    mkdirSync(join(root, 'desk'));
    writeFileSync(registryPath(), REGISTRY);
    writeFileSync(articlePath(), ARTICLE);
    server = await startServer(join(root, 'folder'));
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('adds the entry to the entities.yaml beside the article and keeps every entry it had', async () => {
    const uri = pathToFileURL(articlePath()).toString();
    const from = server.received.length;
    server.open(uri, ARTICLE);
    await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, { from });
    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: rangeOf(ARTICLE, 'Tomasz Weller'),
      context: { diagnostics: [] },
    });
    const add = actions.find((a) => a.title.startsWith('Add "Tomasz Weller" to the registry as a person'));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const registryUri = pathToFileURL(registryPath()).toString();
    const { creates, edits } = editsOf(add, registryUri);
    assert.equal(creates, false, 'the registry exists: nothing to create');
    const after = TextDocument.applyEdits(TextDocument.create(registryUri, 'yaml', 0, REGISTRY), edits);
    assert.ok(after.startsWith(REGISTRY.split('\n').slice(0, 6).join('\n')), `the file keeps its comment and first entry:\n${after}`);
    const ids = (parse(after) as { entities: { id: string }[] }).entities.map((e) => e.id);
    assert.deepEqual(ids, ['ines-kovac', 'tomasz-weller']);
  });
});
