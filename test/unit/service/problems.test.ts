/**
 * Issue 16's quiet Problems panel, on the language service over an in-memory workspace
 * (test/support/memoryWorkspace.ts): one "not in the registry" diagnostic per unregistered
 * entity, on its first mention, with the count; none for compounds of registered names,
 * capitals of registered names, common-noun abbreviations or adjectives of direction; and
 * the quick fixes: the detected type with the article's other forms as aliases (announced,
 * with the new entry's id, after the edit), "Add … as…" that opens the client's picker, and
 * the suggestion and addition providers behind that picker.
 *
 * These cases moved here from test/lsp/problems.test.ts (issue 14): the diagnostics are the
 * service's for the open article, the code actions and the requests are the providers
 * called directly. The stdio file keeps the protocol (the diagnostic as published and sent
 * back in a code action request, the WorkspaceEdit and command as the client receives them,
 * a refusal answered as an LSP error). Everything here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { RequestRefused } from '../../../server/src/service/errors';
import { toUri } from '../../../server/src/uri';
import { inFolder, startService, type TestService } from '../../support/memoryWorkspace';
import { rangeOf } from '../../support/textPositions';
import { REGISTRY, ARTICLE } from '../../support/problemsNewsroom';
import { messageOf } from '../../support/diagnosticText';

const FOLDER = '/ws';
const T = NEVER_CANCELLED;
const articleUri = toUri(inFolder(FOLDER, 'fleet.news'));
const registryUri = toUri(inFolder(FOLDER, 'entities.yaml'));
/** The registry as it reads once `edits` are applied, and the entry they wrote for Priya Okonkwo. */
const entryAfter = (edits: TextEdit[]) => {
  const after = TextDocument.applyEdits(TextDocument.create(registryUri, 'yaml', 0, REGISTRY), edits);
  return (parse(after) as { entities: { id: string; name: string; type: string; aliases?: string[] }[] }).entities.find((e) => e.name === 'Priya Okonkwo');
};

describe('the Problems panel, on the language service', () => {
  let t: TestService;
  let diagnostics: Diagnostic[];
  const unregistered = () => diagnostics.filter((d) => d.code === 'unregistered-name');

  before(async () => {
    t = await startService({ [inFolder(FOLDER, 'entities.yaml')]: REGISTRY }, { folder: FOLDER });
    t.workspace.openDocument(inFolder(FOLDER, 'fleet.news'), ARTICLE);
    const computed = t.service.diagnostics(articleUri);
    assert.ok(computed, 'the article is open');
    diagnostics = computed;
  });
  after(() => t.service.dispose());

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

  it('offers the detected type with the other forms as aliases, announced after the edit, and "Add … as…" for the picker', () => {
    const diagnostic = unregistered()[0];
    const actions = t.service.codeActions({ textDocument: { uri: articleUri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, T);
    const titles = actions.map((a) => a.title);
    const add = actions.find((a) => a.title === 'Add "Priya Okonkwo" to the registry as a person, alias "Okonkwo"');
    assert.ok(add, JSON.stringify(titles));
    assert.equal(add.isPreferred, true);
    const edits = (add.edit as WorkspaceEdit).changes?.[registryUri] as TextEdit[];
    assert.deepEqual(entryAfter(edits), { id: 'priya-okonkwo', name: 'Priya Okonkwo', type: 'person', aliases: ['Okonkwo'] });
    assert.equal(add.command?.command, 'newsLens.entryAdded');
    assert.deepEqual(add.command?.arguments, [{ registryUri, id: 'priya-okonkwo', name: 'Priya Okonkwo', type: 'person' }]);
    const pick = actions.find((a) => a.title === 'Add "Priya Okonkwo" to the registry as…');
    assert.ok(pick, JSON.stringify(titles));
    assert.equal(pick.edit, undefined, 'the picker writes nothing until the reader has chosen');
    assert.equal(pick.command?.command, 'newsLens.addToRegistry');
    assert.deepEqual(pick.command?.arguments, [{ uri: articleUri, name: 'Priya Okonkwo', type: 'person', aliases: ['Okonkwo'] }]);
    assert.ok(titles.some((title) => title === 'Ignore "Priya Okonkwo" in every article'));
    assert.ok(!titles.some((title) => / an other\b/.test(title)), JSON.stringify(titles));
    const onSurname = t.service.codeActions({ textDocument: { uri: articleUri }, range: rangeOf(ARTICLE, 'Okonkwo', 2), context: { diagnostics: [] } }, T);
    const onTitles = onSurname.map((a) => a.title);
    assert.ok(!onTitles.some((title) => title.startsWith('Add "Okonkwo"')), `no entry of its own offered for the surname: ${JSON.stringify(onTitles)}`);
    assert.ok(onTitles.includes('Add "Priya Okonkwo" to the registry as a person, alias "Okonkwo"'), JSON.stringify(onTitles));
  });

  it('answers the picker: the fullest name, its detected type and the aliases to offer; then adds with the type and aliases chosen', () => {
    const suggestion = t.service.entrySuggestion({ uri: articleUri, name: 'Okonkwo' }, T);
    assert.deepEqual(suggestion, { name: 'Priya Okonkwo', type: 'person', aliases: ['Okonkwo'] });
    const result = t.service.addEntry({ uri: articleUri, name: 'Priya Okonkwo', type: 'organization', aliases: ['Okonkwo', ' ', 'Priya Okonkwo'] }, T);
    assert.equal(result.registryUri, registryUri);
    assert.equal(result.id, 'priya-okonkwo');
    assert.deepEqual(
      entryAfter((result.edit as WorkspaceEdit).changes![registryUri]),
      { id: 'priya-okonkwo', name: 'Priya Okonkwo', type: 'organization', aliases: ['Okonkwo'] },
      'blank aliases and the name itself are dropped',
    );
    assert.throws(
      () => t.service.addEntry({ uri: articleUri, name: '  ', type: 'person' }, T),
      (e: unknown) => e instanceof RequestRefused && e.kind === 'invalid-params' && /Select a name/.test(e.message),
    );
  });
});
