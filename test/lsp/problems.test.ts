/**
 * Issue 16's quiet Problems panel over stdio against the bundled server: one "not in the
 * registry" diagnostic per unregistered entity, on its first mention, with the count; none
 * for compounds of registered names, capitals of registered names, common-noun
 * abbreviations or adjectives of direction; and the quick fixes: the detected type with the
 * article's other forms as aliases (announced, with the new entry's id, after the edit),
 * "Add … as…" that opens the client's picker, the suggestion and the addition requests
 * behind that picker. Everything here is written for the test.
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

const REGISTRY = `# Written for the News Lens Problems-panel tests
entities:
  - id: denver
    name: Denver
    type: place
  - id: cardiff
    name: Cardiff
    type: place
`;

const ARTICLE = `Battery maker to supply council fleet

The Cardiff-bred engineer Priya Okonkwo said on Tuesday that her firm would open an office in DENVER and supply every EV in the council's fleet.

Western officials welcomed the deal. "It is a good day," Okonkwo said.

Okonkwo added that the chargers would be built in Cardiff.
`;

describe('the Problems panel over stdio', () => {
  let folder: string;
  let server: TestServer;
  let diagnostics: Diagnostic[];
  const articleUri = () => pathToFileURL(join(folder, 'fleet.news')).toString();
  const registryUri = () => pathToFileURL(join(folder, 'entities.yaml')).toString();
  const unregistered = () => diagnostics.filter((d) => d.code === 'unregistered-name');
  const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : (d.message as { value: string }).value);

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

  it('reports an unregistered person once, on the first mention, with how often the article names her', () => {
    const about = unregistered().filter((d) => messageOf(d).includes('Okonkwo'));
    assert.equal(about.length, 1, JSON.stringify(unregistered().map(messageOf)));
    assert.equal(messageOf(about[0]), '"Priya Okonkwo" (person) is not in the registry (named 3 times).');
    assert.deepEqual(about[0].range, rangeOf(ARTICLE, 'Priya Okonkwo'));
    assert.equal(about[0].severity, 4, 'a Hint by default: a name the registry does not know yet is not a problem');
  });

  it('reports no compound of a registered name, no registered name in capitals, no "EV", no "Western"', () => {
    const names = unregistered().map((d) => /^"([^"]+)"/.exec(messageOf(d))?.[1]);
    assert.deepEqual(names, ['Priya Okonkwo']);
    assert.ok(!diagnostics.some((d) => /Cardiff|DENVER|Denver|EV|Western/.test(messageOf(d))), JSON.stringify(diagnostics.map(messageOf)));
  });

  it('offers the detected type with the other forms as aliases, announced after the edit, and "Add … as…" for the picker', async () => {
    const diagnostic = unregistered()[0];
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
    assert.ok(titles.some((t) => t === 'Ignore "Priya Okonkwo" in every article'));
    assert.ok(!titles.some((t) => / an other\b/.test(t)), JSON.stringify(titles));
    const onSurname = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: articleUri() },
      range: rangeOf(ARTICLE, 'Okonkwo', 2),
      context: { diagnostics: [] },
    });
    const onTitles = onSurname.map((a) => a.title);
    assert.ok(!onTitles.some((t) => t.startsWith('Add "Okonkwo"')), `no entry of its own offered for the surname: ${JSON.stringify(onTitles)}`);
    assert.ok(onTitles.includes('Add "Priya Okonkwo" to the registry as a person, alias "Okonkwo"'), JSON.stringify(onTitles));
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
