/**
 * The bundled server over stdio on a small invented workspace (test/support/newsWorkspace.ts),
 * for what only the protocol can show: indexing reported as work-done progress, a hover and
 * references as the client receives them, settings pushed with didChangeConfiguration and the
 * refresh request they cause, file events, hostile documents and a clean shutdown. The features
 * themselves (symbols, definition, highlights, lenses, hints, edits) are tested in memory, against
 * the language service: test/unit/service/workspaceFeatures.test.ts. Expected positions and counts are
 * computed from the fixture texts, never typed in.
 */
import { strict as assert } from 'node:assert';
import { unlinkSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover, InlayHint, Location, MarkupContent, Position, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { createNewsWorkspace, type NewsWorkspace, type WorkspaceFile } from '../support/newsWorkspace';
import { inside, lineOf, locationKey, pollUntil, positionAt, rangeOf, rangesOfPattern } from '../support/textPositions';

/** The settings the test client "has": a small maxFileSize so a 2 MB paste is over it. */
const SETTINGS = { maxFileSize: 1_000_000 };
const ARTICLES: WorkspaceFile[] = ['a', 'b', 'txtArticle'];
/** Every surface form of each registered entity as the fixture articles write them. */
const MENTIONS: Record<string, RegExp> = {
  'Maria Lindqvist': /Maria Lindqvist|\bLindqvist\b/g,
  'Nordic Transit Authority': /Nordic Transit Authority|\bNTA\b/g,
  'Baltic Rail Accord': /Baltic Rail Accord|\bRail Accord\b|Tallinn Treaty/g,
  'Erik Sundin': /Erik Sundin/g,
};

interface ProgressParams {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string };
}

describe('workspace features over stdio', () => {
  let ws: NewsWorkspace;
  let server: TestServer;
  const request = <T>(method: string, params: unknown) => server.connection.sendRequest<T>(method, params);
  const symbols = (query: string) => request<SymbolInformation[]>('workspace/symbol', { query });
  const hoverAt = (uri: string, position: Position) => request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  const references = (uri: string, position: Position, includeDeclaration = true) =>
    request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration } });
  /** Where go-to-definition of a registered entity must land: the `name:` line of its entry, from `name` to the line end. */
  const entryNameLine = (name: string): Location => {
    const text = ws.text('registry');
    const { start } = rangeOf(text, `name: ${name}`);
    return { uri: ws.uri('registry'), range: { start, end: { line: start.line, character: text.split('\n')[start.line].length } } };
  };
  /** Every mention of a registered entity in the fixture articles. */
  const mentionsOf = (name: string): Location[] =>
    ARTICLES.flatMap((f) => rangesOfPattern(ws.text(f), MENTIONS[name]).map((range) => ({ uri: ws.uri(f), range })));
  let registryOpen = false;
  const openRegistry = () => {
    if (!registryOpen) server.open(ws.uri('registry'), ws.text('registry'), 'yaml');
    registryOpen = true;
  };

  before(async () => {
    ws = createNewsWorkspace();
    server = await startServer(ws.folder, { settings: SETTINGS }, { capabilities: { window: { workDoneProgress: true } } });
    // Indexing is done when the server ends its progress report.
    await server.waitFor<ProgressParams>('$/progress', (p) => p.value.kind === 'end', { timeoutMs: 15_000 });
    server.open(ws.uri('a'), ws.text('a'));
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('reports the first indexing as work-done progress on a token the client created', () => {
    const index = (method: string, accept: (p: unknown) => boolean) => server.received.findIndex((m) => m.method === method && accept(m.params));
    const created = index('window/workDoneProgress/create', () => true);
    assert.ok(created >= 0, 'the server asked the client to create a progress token');
    const token = (server.received[created].params as { token: string | number }).token;
    const begin = index('$/progress', (p) => (p as ProgressParams).token === token && (p as ProgressParams).value.kind === 'begin');
    const end = index('$/progress', (p) => (p as ProgressParams).token === token && (p as ProgressParams).value.kind === 'end');
    assert.ok(created < begin && begin < end, `create (${created}) → begin (${begin}) → end (${end}) in order`);
    assert.equal((server.received[begin].params as ProgressParams).value.title, 'News Lens');
  });

  it('hovering a registered name lists the other articles that mention it, with links', async () => {
    const a = ws.text('a');
    const hover = await hoverAt(ws.uri('a'), inside(a, 'Maria Lindqvist'));
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /^\*\*Maria Lindqvist\*\*/);
    assert.match(value, /Mayor of Harbourton since 2018/);
    const here = rangesOfPattern(a, MENTIONS['Maria Lindqvist']).length;
    assert.match(value, new RegExp(`\\b${here} mentions in this article`));
    for (const other of ['b', 'txtArticle'] as const) {
      const line = lineOf(ws.text(other), 'Maria Lindqvist') + 1;
      assert.ok(value.includes(`](${ws.uri(other)}#L${line})`), `links to ${ws.uri(other)} at line ${line}:\n${value}`);
    }
    assert.match(value, /Mentioned in 2 other articles/);
    assert.ok(!value.includes(`](${ws.uri('a')}`), 'the article itself is not among the others');
  });

  it('finds all references across articles, plus the registry entry', async () => {
    const result = await references(ws.uri('a'), inside(ws.text('a'), 'Lindqvist', 1));
    const expected = [entryNameLine('Maria Lindqvist'), ...mentionsOf('Maria Lindqvist')];
    assert.deepEqual(result.map(locationKey).sort(), expected.map(locationKey).sort());
  });

  it('finds references from an entry of the open registry file', async () => {
    openRegistry();
    const result = await references(ws.uri('registry'), inside(ws.text('registry'), 'name: Nordic Transit Authority'));
    const expected = [entryNameLine('Nordic Transit Authority'), ...mentionsOf('Nordic Transit Authority')];
    assert.deepEqual(result.map(locationKey).sort(), expected.map(locationKey).sort());
  });

  describe('inlay hints', () => {
    const hints = () => {
      const end = positionAt(ws.text('a'), ws.text('a').length);
      return request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: ws.uri('a') }, range: { start: { line: 0, character: 0 }, end } });
    };
    const labelAt = (list: InlayHint[], position: Position) =>
      list.filter((h) => h.position.line === position.line && h.position.character === position.character).map((h) => String(h.label));

    it('turns off when newsLens.inlayHints.enabled is false, and back on', async () => {
      let from = server.received.length;
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { newsLens: { ...SETTINGS, inlayHints: { enabled: false } } } });
      await server.waitFor('workspace/inlayHint/refresh', undefined, { from });
      assert.deepEqual(await hints(), []);
      from = server.received.length;
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { newsLens: { ...SETTINGS, inlayHints: { enabled: true } } } });
      await server.waitFor('workspace/inlayHint/refresh', undefined, { from });
      assert.equal(labelAt(await hints(), rangeOf(ws.text('a'), 'Monday').end).length, 1);
    });
  });

  it('picks up an article file created on disk, and forgets it when deleted', async () => {
    const name = 'tram-extra.news';
    const uri = ws.uriOf(name);
    const text = `Tram works start early\nSource: Harbour Daily| 2021-06-21 08:00:00|Editor: Test Desk\n\nHARBOURTON, June 21 (Harbour Daily) -- Maria Lindqvist opened the first tram depot, built by contractor Ingrid Dahl.\n`;
    const path = `${ws.folder}/${name}`;
    const lindqvist = inside(ws.text('a'), 'Lindqvist', 1);
    writeFileSync(path, text);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    const withNew = await pollUntil(
      () => references(ws.uri('a'), lindqvist),
      (r) => r.some((l) => l.uri === uri),
      'the created article among the references',
    );
    assert.deepEqual(withNew.filter((l) => l.uri === uri).map(locationKey), [locationKey({ uri, range: rangeOf(text, 'Maria Lindqvist') })]);
    const dahl = await symbols('Ingrid Dahl');
    assert.deepEqual(
      dahl.map((s) => s.location),
      [{ uri, range: rangeOf(text, 'Ingrid Dahl') }],
    );

    unlinkSync(path);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await pollUntil(
      () => references(ws.uri('a'), lindqvist),
      (r) => !r.some((l) => l.uri === uri),
      'the deleted article gone from the references',
    );
    assert.deepEqual(await symbols('Ingrid Dahl'), []);
  });

  describe('hostile documents', () => {
    const prose = (length: number) => {
      const sentence = 'Pelle Norberg said on Tuesday that "the pier is closed," the harbour office added. ';
      return 'BERGSTAD, June 22 (Harbour Daily) -- '.concat(sentence.repeat(Math.ceil(length / sentence.length)));
    };
    const cases: { name: string; text: () => string }[] = [
      { name: 'empty.news', text: () => '' },
      {
        name: 'binary.news',
        text: () => `PK\u0003\u0004\u0000\u0000\u0008\u0000${'\u0000\u00ff\u0001ÿ\u0010'.repeat(200)}Pelle Norberg said\u0000on Tuesday\u0000`,
      },
      // Article-like prose over the 1,000,000 maxFileSize the client set: 2 MB, and 1.5 MB (under the
      // 2,000,000 default, so only the client's setting makes it too large).
      { name: 'huge.news', text: () => prose(2_000_000) },
      { name: 'large.news', text: () => prose(1_500_000) },
    ];
    for (const c of cases) {
      it(`answers tokens, hover and symbols on ${c.name} without error`, async () => {
        const text = c.text();
        const uri = ws.uriOf(c.name);
        server.open(uri, text);
        const tokens = await request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
        assert.ok(Array.isArray(tokens.data));
        const middle = Math.floor(text.length / 2);
        const lines = text.slice(0, middle).split('\n');
        await hoverAt(uri, { line: 0, character: 0 });
        await hoverAt(uri, { line: lines.length - 1, character: lines[lines.length - 1].length });
        const outline = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
        assert.ok(Array.isArray(outline));
        const summary = await request<{ truncated: boolean } | null>('newsLens/articleSummary', { uri });
        assert.equal(summary?.truncated, text.length > SETTINGS.maxFileSize, 'only the over-size document is truncated');
        assert.ok(
          (await symbols('Lindqvist')).some((s) => s.name === 'Maria Lindqvist'),
          'the server still answers workspace requests',
        );
        assert.equal(server.stderr(), '');
      });
    }
  });

  it('shuts down and exits with code 0 and nothing on stderr', async () => {
    assert.equal(await server.stop(), 0);
    assert.equal(server.stderr(), '');
  });
});
