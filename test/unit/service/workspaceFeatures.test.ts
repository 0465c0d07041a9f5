/**
 * The editor features as the language service gives them, over an in-memory workspace
 * (test/support/memoryWorkspace.ts) holding the small invented newsroom of
 * test/support/newsWorkspace.ts: workspace symbols, cross-article hover, references,
 * definition, highlights, code lenses on the registry, inlay hints, settings, file
 * events, diagnostics, edits and exports. The real providers and the real analysis run;
 * only the disk and the editor are in memory. test/lsp/workspace.test.ts keeps the
 * protocol over stdio (progress tokens, file-event notifications, shutdown).
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Location, MarkupContent, Position, Range } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { RequestRefused } from '../../../server/src/service/errors';
import { toSettings } from '../../../server/src/settings';
import { startService, withCursor, type TestService } from '../../support/memoryWorkspace';
import { WORKSPACE_FILES, type WorkspaceFile } from '../../support/newsWorkspace';
import { inside, lineOf, locationKey, positionAt, rangeOf, rangesOfPattern } from '../../support/textPositions';

const FOLDER = '/ws';
const path = (file: WorkspaceFile) => `${FOLDER}/${WORKSPACE_FILES[file].name}`;
const uri = (file: WorkspaceFile) => `file://${path(file)}`;
const text = (file: WorkspaceFile) => WORKSPACE_FILES[file].text;
const ARTICLES: WorkspaceFile[] = ['a', 'b', 'txtArticle'];
/** Every surface form of each registered entity as the fixture articles write them. */
const MENTIONS: Record<string, RegExp> = {
  'Maria Lindqvist': /Maria Lindqvist|\bLindqvist\b/g,
  'Nordic Transit Authority': /Nordic Transit Authority|\bNTA\b/g,
  'Baltic Rail Accord': /Baltic Rail Accord|\bRail Accord\b|Tallinn Treaty/g,
  'Erik Sundin': /Erik Sundin/g,
};
const T = NEVER_CANCELLED;

describe('the language service over an in-memory workspace', () => {
  let t: TestService;
  let a: TextDocument;
  const at = (document: TextDocument, position: Position) => ({ textDocument: { uri: document.uri }, position });
  /** Where go-to-definition of a registered entity must land: the `name:` line of its entry, from `name` to the line end. */
  const entryNameLine = (name: string): Location => {
    const registry = text('registry');
    const { start } = rangeOf(registry, `name: ${name}`);
    return { uri: uri('registry'), range: { start, end: { line: start.line, character: registry.split('\n')[start.line].length } } };
  };
  const mentionsOf = (name: string): Location[] => ARTICLES.flatMap((f) => rangesOfPattern(text(f), MENTIONS[name]).map((range) => ({ uri: uri(f), range })));
  const symbols = (query: string) => t.service.workspaceSymbols({ query }, T);

  before(async () => {
    const files = Object.fromEntries(Object.keys(WORKSPACE_FILES).map((f) => [path(f as WorkspaceFile), text(f as WorkspaceFile)]));
    t = await startService(files, { folder: FOLDER });
    a = t.workspace.openDocument(path('a'));
  });
  after(() => t.service.dispose());

  it('indexes the folder once, reading each candidate file through the workspace', () => {
    assert.deepEqual(t.client.progress, ['Indexing 4 articles']);
    for (const file of ['a', 'b', 'txtArticle', 'plainTxt'] as const) assert.ok(t.workspace.reads.includes(path(file)), `${file} was read`);
  });

  it('finds registered entities by name and by alias, at their entry in entities.yaml', async () => {
    const maria = (await symbols('Lindqvist')).filter((s) => s.name === 'Maria Lindqvist');
    assert.equal(maria.length, 1, 'one symbol for the entity, not one per article');
    assert.deepEqual(maria[0].location, entryNameLine('Maria Lindqvist'));
    const accord = (await symbols('Tallinn')).find((s) => s.name === 'Baltic Rail Accord');
    assert.ok(accord);
    assert.deepEqual(accord.location, entryNameLine('Baltic Rail Accord'));
    assert.match(accord.containerName ?? '', /Tallinn Treaty/);
  });

  it('finds unregistered entities at their first mention; a plain .txt contributes nothing', async () => {
    const engineer = (await symbols('Tomas Ekberg')).filter((s) => s.name === 'Tomas Ekberg');
    assert.deepEqual(
      engineer.map((s) => s.location),
      [{ uri: uri('a'), range: rangeOf(text('a'), 'Tomas Ekberg') }],
    );
    assert.deepEqual(await symbols('Holmstrom'), []);
    const everything = await symbols('');
    assert.ok(!everything.some((s) => s.location.uri === uri('plainTxt')));
    assert.ok(everything.some((s) => s.location.uri === uri('txtArticle')));
  });

  it('hovering a registered name shows its card and links the other articles that mention it', () => {
    const value = (t.service.hover(at(a, inside(text('a'), 'Maria Lindqvist')), T)?.contents as MarkupContent).value;
    assert.match(value, /^\*\*Maria Lindqvist\*\*/);
    assert.match(value, /Mayor of Harbourton since 2018/);
    assert.match(value, new RegExp(`\\b${rangesOfPattern(text('a'), MENTIONS['Maria Lindqvist']).length} mentions in this article`));
    for (const other of ['b', 'txtArticle'] as const) assert.ok(value.includes(`](${uri(other)}#L${lineOf(text(other), 'Maria Lindqvist') + 1})`), value);
    assert.match(value, /Mentioned in 2 other articles/);
  });

  it('finds all references across articles, with or without the registry entry', async () => {
    const position = inside(text('a'), 'Lindqvist', 1);
    const all = await t.service.references({ ...at(a, position), context: { includeDeclaration: true } }, T);
    assert.deepEqual(all.map(locationKey).sort(), [entryNameLine('Maria Lindqvist'), ...mentionsOf('Maria Lindqvist')].map(locationKey).sort());
    const mentions = await t.service.references({ ...at(a, position), context: { includeDeclaration: false } }, T);
    assert.deepEqual(mentions.map(locationKey).sort(), mentionsOf('Maria Lindqvist').map(locationKey).sort());
  });

  it('goes to the registry entry of a registered name, and to the first mention of an unregistered one', () => {
    assert.deepEqual(t.service.definition(at(a, inside(text('a'), 'NTA', 1)), T), entryNameLine('Nordic Transit Authority'));
    assert.deepEqual(t.service.definition(at(a, inside(text('a'), 'Ekberg', 1)), T), { uri: uri('a'), range: rangeOf(text('a'), 'Tomas Ekberg') });
  });

  it('highlights every mention of the entity in the document, long form and acronym alike', () => {
    const keys = (ranges: Range[]) => ranges.map((range) => locationKey({ uri: '', range })).sort();
    const highlights = (position: Position) => keys(t.service.documentHighlights(at(a, position), T).map((h) => h.range));
    assert.deepEqual(highlights(inside(text('a'), 'NTA', 1)), keys(rangesOfPattern(text('a'), MENTIONS['Nordic Transit Authority'])));
    assert.deepEqual(highlights(inside(text('a'), 'Tomas Ekberg')), keys(rangesOfPattern(text('a'), /Tomas Ekberg|\bEkberg\b/g)));
  });

  it('puts "N mentions in M articles" on each registry entry, and finds references from an entry', async () => {
    const registry = t.workspace.openDocument(path('registry'), undefined, 'yaml');
    const lenses = await t.service.codeLenses({ textDocument: { uri: registry.uri } }, T);
    assert.equal(lenses.length, Object.keys(MENTIONS).length);
    for (const name of Object.keys(MENTIONS)) {
      const lens = lenses.find((l) => l.range.start.line === lineOf(text('registry'), `name: ${name}`));
      const mentions = mentionsOf(name);
      const articles = new Set(mentions.map((m) => m.uri)).size;
      assert.equal(
        lens?.command?.title,
        `${mentions.length} mention${mentions.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`,
        name,
      );
    }
    const fromEntry = await t.service.references(
      { ...at(registry, inside(text('registry'), 'name: Nordic Transit Authority')), context: { includeDeclaration: true } },
      T,
    );
    assert.deepEqual(
      fromEntry.map(locationKey).sort(),
      [entryNameLine('Nordic Transit Authority'), ...mentionsOf('Nordic Transit Authority')].map(locationKey).sort(),
    );
    t.workspace.closeDocument(registry);
  });

  it('shows the resolved date after "Monday", none after a date with its year, and none once hints are switched off', () => {
    const hints = () =>
      t.service.inlayHints({ textDocument: { uri: a.uri }, range: { start: { line: 0, character: 0 }, end: positionAt(text('a'), text('a').length) } }, T);
    const monday = rangeOf(text('a'), 'Monday').end;
    const labels = hints()
      .filter((h) => h.position.line === monday.line && h.position.character === monday.character)
      .map((h) => String(h.label));
    assert.equal(labels.length, 1);
    assert.match(labels[0], /14 June 2021/);
    const withYear = rangeOf(text('a'), 'March 3, 2021');
    assert.ok(
      !hints().some(
        (h) => h.position.line === withYear.start.line && h.position.character > withYear.start.character && h.position.character <= withYear.end.character + 1,
      ),
    );

    const before = t.client.refreshes.length;
    assert.equal(t.service.updateSettings(toSettings({ inlayHints: { enabled: false } })), 'refresh');
    assert.deepEqual(t.client.refreshes.slice(before).sort(), ['inlayHints', 'semanticTokens'], 'a refresh, not a re-index');
    assert.deepEqual(hints(), []);
    t.service.updateSettings(toSettings({}));
    assert.equal(hints().length > 0, true);
  });

  it('tokens, outline and the status-bar summary come from the open article', () => {
    const tokens = t.service.semanticTokens({ textDocument: { uri: a.uri } }, T);
    assert.ok(tokens.data.length >= 5 * 5 && tokens.data.length % 5 === 0);
    const outline = t.service.documentSymbols({ textDocument: { uri: a.uri } }, T);
    assert.ok(JSON.stringify(outline).includes('Maria Lindqvist'));
    const summary = t.service.articleSummary({ uri: a.uri }, T);
    assert.equal(summary?.publicationDate, '2021-06-14');
    assert.ok((summary?.entities ?? 0) >= 5);
  });

  it('follows an edit of the open article: its new name is in the index, without a save', async () => {
    const { text: edited, offset } = withCursor(text('a').replace('Tomas Ekberg', 'Tomas Ekberg and Sofia Bra‸ndt'));
    a = t.workspace.editDocument(a, edited);
    const card = t.service.hover(at(a, a.positionAt(offset)), T)?.contents as MarkupContent;
    assert.match(card.value, /^\*\*Sofia Brandt\*\* — \w+ · not in the registry/);
    const brandt = (await symbols('Sofia Brandt')).filter((s) => s.name === 'Sofia Brandt');
    assert.deepEqual(
      brandt.map((s) => s.location.uri),
      [a.uri],
    );
    const view = await t.service.entities({ uri: a.uri }, T);
    assert.ok(view.groups.some((g) => g.entities.some((e) => e.name === 'Sofia Brandt')));
  });

  it('picks up an article file created on disk, and forgets it when deleted', async () => {
    const extra = `${FOLDER}/tram-extra.news`;
    const extraText = `Tram works start early\nSource: Harbour Daily| 2021-06-21 08:00:00|Editor: Test Desk\n\nHARBOURTON, June 21 (Harbour Daily) -- Maria Lindqvist opened the first tram depot, built by contractor Ingrid Dahl.\n`;
    t.workspace.writeFile(extra, extraText);
    await waitFor(async () => (await symbols('Ingrid Dahl')).length === 1, 'the created article indexed');
    t.workspace.deleteFile(extra);
    assert.deepEqual(await symbols('Ingrid Dahl'), []);
  });

  it('publishes diagnostics for the open article: an unregistered name, with its quick fix writing the registry', async () => {
    await waitFor(async () => t.client.diagnostics.has(a.uri), 'diagnostics published');
    const diagnostics = t.service.diagnostics(a.uri) ?? [];
    const ekberg = diagnostics.find((d) => typeof d.message === 'string' && d.message.includes('Tomas Ekberg'));
    assert.ok(ekberg, JSON.stringify(diagnostics.map((d) => d.message)));
    const actions = t.service.codeActions({ textDocument: { uri: a.uri }, range: ekberg.range, context: { diagnostics: [ekberg] } }, T);
    const add = actions.find((x) => /^Add "Tomas Ekberg" to the registry as a person/.test(x.title));
    assert.ok(add?.edit, JSON.stringify(actions.map((x) => x.title)));
    const edits = add.edit.changes?.[uri('registry')] ?? [];
    assert.ok(
      edits.some((e) => /name: Tomas Ekberg/.test(e.newText)),
      JSON.stringify(edits),
    );
  });

  it('a registry saved on disk with a new entry links the name in the open article', async () => {
    const registry = text('registry') + '  - id: tomas-ekberg\n    name: Tomas Ekberg\n    type: person\n    description: Tram engineer\n';
    t.workspace.writeFile(path('registry'), registry);
    const value = (t.service.hover(at(a, inside(a.getText(), 'Tomas Ekberg')), T)?.contents as MarkupContent).value;
    assert.match(value, /Tram engineer/);
    assert.match(value, /id `tomas-ekberg`/);
    t.workspace.writeFile(path('registry'), text('registry'));
  });

  it('refuses a rename away from any name, and an empty new name, with a message for the reader', () => {
    assert.throws(
      () => t.service.rename({ ...at(a, { line: 1, character: 0 }), newName: 'X' }, T),
      (e: unknown) => e instanceof RequestRefused && e.kind === 'invalid-request',
    );
    assert.throws(
      () => t.service.rename({ ...at(a, inside(a.getText(), 'Maria Lindqvist')), newName: '  ' }, T),
      (e: unknown) => e instanceof RequestRefused && e.kind === 'invalid-params',
    );
    const edit = t.service.rename({ ...at(a, inside(a.getText(), 'Maria Lindqvist')), newName: 'Maria Lindqvist-Berg' }, T);
    assert.ok(JSON.stringify(edit).includes('Maria Lindqvist-Berg'));
  });

  it('exports the open article as the CLI prints it, and a closed one read through the workspace', async () => {
    const result = await t.service.exportAnnotations({ uris: [a.uri, uri('b')], format: 'jsonl' }, T);
    assert.equal(result.articles, 2);
    const lines = result.content
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string });
    assert.deepEqual(
      lines.map((l) => l.file),
      ['tram-vote.news', 'tram-budget.news'],
    );
  });
});

/** Polls `done` (the service's background work runs on timers and the event loop) for up to 10 s. */
async function waitFor(done: () => Promise<boolean>, what: string): Promise<void> {
  const until = Date.now() + 10_000;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
