/**
 * Issue 16's quiet Problems panel over stdio against the bundled server: the protocol of
 * the feature. An unregistered name arrives in a publishDiagnostics notification; that
 * diagnostic, sent back in a textDocument/codeAction request, gets the one-click quick fix as
 * a WorkspaceEdit of the registry file on disk with the newsLens.entryAdded command, and
 * "Add … as…" as the newsLens.addToRegistry command with its arguments; the custom requests
 * behind the picker (newsLens/entrySuggestion, newsLens/addEntry) answer over the wire, and a
 * refused one comes back as an LSP error with the reader's message. The feature cases (one
 * report per entity with its count, what is not reported, the quick fixes offered on a later
 * mention) live in test/unit/service/problems.test.ts, on the language service over an
 * in-memory workspace (issue 14). Everything here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { startServer, type TestServer } from '../support/lspClient';
import { rangeOf } from '../support/textPositions';
import { REGISTRY, ARTICLE } from '../support/problemsNewsroom';
import { messageOf } from '../support/diagnosticText';

describe('the Problems panel over stdio', () => {
  let folder: string;
  let server: TestServer;
  let diagnostics: Diagnostic[];
  const articleUri = () => pathToFileURL(join(folder, 'fleet.news')).toString();
  const registryUri = () => pathToFileURL(join(folder, 'entities.yaml')).toString();
  const unregistered = () => diagnostics.filter((d) => d.code === 'unregistered-name');

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'news-lens-problems-'));
    writeFileSync(join(folder, 'entities.yaml'), REGISTRY);
    server = await startServer(folder);
    const from = server.received.length;
    server.open(articleUri(), ARTICLE);
    diagnostics = (await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === articleUri(), { from })).diagnostics;
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('offers the detected type with the other forms as aliases, announced after the edit, and "Add … as…" for the picker', async () => {
    const diagnostic = unregistered()[0];
    assert.equal(messageOf(diagnostic), '"Priya Okonkwo" (person) is not in the registry (named 3 times).', 'the diagnostic as published');
    assert.deepEqual(diagnostic.range, rangeOf(ARTICLE, 'Priya Okonkwo'));
    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: articleUri() },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const titles = actions.map((a) => a.title);
    const add = actions.find((a) => a.title === 'Add "Priya Okonkwo" to the registry as a person, alias "Okonkwo"');
    assert.ok(add, JSON.stringify(titles));
    assert.equal(add.isPreferred, true);
    const edits = (add.edit as WorkspaceEdit).changes?.[registryUri()] as TextEdit[];
    const after = TextDocument.applyEdits(TextDocument.create(registryUri(), 'yaml', 0, REGISTRY), edits);
    const entry = (parse(after) as { entities: { id: string; name: string; type: string; aliases?: string[] }[] }).entities.find(
      (e) => e.name === 'Priya Okonkwo',
    );
    assert.deepEqual(entry, { id: 'priya-okonkwo', name: 'Priya Okonkwo', type: 'person', aliases: ['Okonkwo'] });
    assert.equal(add.command?.command, 'newsLens.entryAdded');
    assert.deepEqual(add.command?.arguments, [{ registryUri: registryUri(), id: 'priya-okonkwo', name: 'Priya Okonkwo', type: 'person' }]);
    const pick = actions.find((a) => a.title === 'Add "Priya Okonkwo" to the registry as…');
    assert.ok(pick, JSON.stringify(titles));
    assert.equal(pick.edit, undefined, 'the picker writes nothing until the reader has chosen');
    assert.equal(pick.command?.command, 'newsLens.addToRegistry');
    assert.deepEqual(pick.command?.arguments, [{ uri: articleUri(), name: 'Priya Okonkwo', type: 'person', aliases: ['Okonkwo'] }]);
  });

  it('answers the picker: the fullest name, its detected type and the aliases to offer; then adds with the type and aliases chosen', async () => {
    const suggestion = await server.connection.sendRequest('newsLens/entrySuggestion', { uri: articleUri(), name: 'Okonkwo' });
    assert.deepEqual(suggestion, { name: 'Priya Okonkwo', type: 'person', aliases: ['Okonkwo'] });
    const result = await server.connection.sendRequest<{ edit: WorkspaceEdit; registryUri: string; id: string }>('newsLens/addEntry', {
      uri: articleUri(),
      name: 'Priya Okonkwo',
      type: 'organization',
      aliases: ['Okonkwo', ' ', 'Priya Okonkwo'],
    });
    assert.equal(result.registryUri, registryUri());
    assert.equal(result.id, 'priya-okonkwo');
    const after = TextDocument.applyEdits(TextDocument.create(registryUri(), 'yaml', 0, REGISTRY), result.edit.changes![registryUri()]);
    const entry = (parse(after) as { entities: { name: string; type: string; aliases?: string[] }[] }).entities.find((e) => e.name === 'Priya Okonkwo');
    assert.deepEqual(
      entry,
      { id: 'priya-okonkwo', name: 'Priya Okonkwo', type: 'organization', aliases: ['Okonkwo'] },
      'blank aliases and the name itself are dropped',
    );
    await assert.rejects(server.connection.sendRequest('newsLens/addEntry', { uri: articleUri(), name: '  ', type: 'person' }), /Select a name/);
  });
});
