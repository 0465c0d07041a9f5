/**
 * "Add … to the registry" on an article from outside every workspace folder. In a window
 * with no folder, beside an `entities.yaml` the server has not loaded, it must add to that
 * file, not write a second registry over its first line (the edit was "create if missing,
 * then insert a new registry at 0", which left two `entities:` keys and every entry broken).
 * In a window with a folder, it must add to the registry the article is read against (the
 * first folder's), not create one beside the article that nothing reads. Over stdio against
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
  const servers: TestServer[] = [];
  const articlePath = () => join(root, 'desk', 'walkway.news');

  /** The "Add Tomasz Weller … as a person" quick fix the server offers on the opened article. */
  const addFix = async (server: TestServer): Promise<CodeAction> => {
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
    return add;
  };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'news-lens-outside-'));
    mkdirSync(join(root, 'folder'));
    mkdirSync(join(root, 'desk'));
    writeFileSync(join(root, 'folder', 'entities.yaml'), REGISTRY);
    writeFileSync(join(root, 'desk', 'entities.yaml'), REGISTRY);
    writeFileSync(articlePath(), ARTICLE);
  });

  after(async () => {
    for (const server of servers) if (server.process.exitCode === null) await server.stop();
  });

  it('with no folder open, adds to the entities.yaml beside the article and keeps every entry it had', async () => {
    const server = await startServer(join(root, 'folder'), {}, { noFolder: true });
    servers.push(server);
    const registryUri = pathToFileURL(join(root, 'desk', 'entities.yaml')).toString();
    const { creates, edits } = editsOf(await addFix(server), registryUri);
    assert.equal(creates, false, 'the registry exists: nothing to create');
    const after = TextDocument.applyEdits(TextDocument.create(registryUri, 'yaml', 0, REGISTRY), edits);
    assert.ok(after.startsWith(REGISTRY.split('\n').slice(0, 6).join('\n')), `the file keeps its comment and first entry:\n${after}`);
    const ids = (parse(after) as { entities: { id: string }[] }).entities.map((e) => e.id);
    assert.deepEqual(ids, ['ines-kovac', 'tomasz-weller']);
  });

  it('with a folder open, adds to the registry the article is read against, not one beside it', async () => {
    const server = await startServer(join(root, 'folder'));
    servers.push(server);
    const add = await addFix(server);
    const folderRegistry = pathToFileURL(join(root, 'folder', 'entities.yaml')).toString();
    const touched = [
      ...Object.keys(add.edit?.changes ?? {}),
      ...(add.edit?.documentChanges ?? []).map((c) => ('uri' in c ? c.uri : 'textDocument' in c ? c.textDocument.uri : '')),
    ];
    assert.deepEqual([...new Set(touched)], [folderRegistry]);
    assert.equal(editsOf(add, folderRegistry).creates, false);
  });
});
