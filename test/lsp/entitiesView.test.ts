/**
 * The Entities view's request and the export request, over stdio against the bundled
 * server: a temporary workspace with a registry and two invented articles that share
 * people and an organization. Expected counts are derived from the texts themselves.
 * Every name and sentence here was made up for this test.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';
import type { ArticleJson } from '../../server/src/cli/output';
import {
  ENTITIES_REQUEST,
  EXPORT_REQUEST,
  INDEX_CHANGED_NOTIFICATION,
  type EntitiesResult,
  type EntityNode,
  type ExportResult,
} from '../../server/src/protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { REPO_ROOT } from '../support/paths';

const REGISTRY = `# Invented for the Entities view test
entities:
  - id: ines-carvalho
    name: Ines Carvalho
    type: person
    aliases: [Carvalho]
    roles: [Fisheries Minister]
  - id: coastal-fisheries-board
    name: Coastal Fisheries Board
    type: organization
    aliases: [CFB]
  - id: porto-velho-bay
    name: Porto Velho Bay
    type: place
`;

/** Older article: the minister twice, the board, the bay, and the unregistered skipper twice. */
const QUOTA = `Fishing quotas cut for the autumn season
Source: Bay Courier| 2022-09-05 08:15:00|Editor: Test Desk

LISBON, Sept. 5 (Bay Courier) -- Fisheries Minister Ines Carvalho said on Monday that the Coastal Fisheries Board would cut quotas in Porto Velho Bay by a fifth.

"The stocks need two quiet years," Carvalho told reporters. The board will review the cut in March.

Skipper Rui Tavares, who leads the harbour cooperative, said Tavares and his crew would lose a month of work.
`;

/** Newer article: the minister and the skipper twice each, the board once, a harbour master once. */
const PROTEST = `Skippers protest quota cut in Lisbon
Source: Bay Courier| 2022-09-07 10:40:00|Editor: Test Desk

LISBON, Sept. 7 (Bay Courier) -- Dozens of boats blocked the harbour on Wednesday as Rui Tavares asked Ines Carvalho to meet the crews.

"We cannot wait until spring," Tavares said. Harbour master Joana Pires counted forty boats. The Coastal Fisheries Board said Carvalho would answer within a week.
`;

const TYPE_ORDER = ['person', 'organization', 'place', 'nationality', 'event', 'law', 'product', 'other'];
const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'cli-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** How often a word occurs in a text (whole words), so expectations follow the fixtures. */
function occurrences(text: string, word: string): number {
  return text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;
}

/** The text an LSP range covers (single-line ranges, as names are). */
function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  assert.equal(range.start.line, range.end.line, 'a name mention stays on one line');
  return text.split('\n')[range.start.line].slice(range.start.character, range.end.character);
}

function entity(result: EntitiesResult, entityId: string): EntityNode | undefined {
  return result.groups.flatMap((g) => g.entities).find((e) => e.entityId === entityId);
}

describe('Entities view and export over stdio', () => {
  let server: TestServer;
  let folder: string;
  const uri: Record<'quota' | 'protest', string> = { quota: '', protest: '' };
  const text = { quota: QUOTA, protest: PROTEST };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'news-lens-entities-'));
    writeFileSync(join(folder, 'entities.yaml'), REGISTRY);
    writeFileSync(join(folder, 'quota.news'), QUOTA);
    writeFileSync(join(folder, 'protest.news'), PROTEST);
    uri.quota = pathToFileURL(join(folder, 'quota.news')).toString();
    uri.protest = pathToFileURL(join(folder, 'protest.news')).toString();
    server = await startServer(folder);
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  /** Asks for the tree until the first scan has finished: the request itself says when it is. */
  async function indexedTree(): Promise<EntitiesResult> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const result = await server.connection.sendRequest<EntitiesResult>(ENTITIES_REQUEST, {});
      if (!result.indexing && result.groups.length > 0) return result;
      assert.ok(Date.now() < deadline, `the workspace was not indexed in time; stderr: ${server.stderr()}`);
    }
  }

  it('groups the workspace entities by type in the spec order, most mentioned first', async () => {
    const tree = await indexedTree();
    const types = tree.groups.map((g) => g.type);
    assert.deepEqual(
      types,
      TYPE_ORDER.filter((t) => types.includes(t)),
      'types keep the spec order',
    );
    assert.ok(
      tree.groups.every((g) => g.entities.length > 0),
      'no empty groups',
    );
    for (const group of tree.groups) {
      for (const e of group.entities) assert.equal(e.type, group.type);
      for (let i = 1; i < group.entities.length; i++) {
        const [a, b] = [group.entities[i - 1], group.entities[i]];
        assert.ok(a.mentionCount > b.mentionCount || (a.mentionCount === b.mentionCount && a.name.localeCompare(b.name) <= 0), `${a.name} before ${b.name}`);
      }
    }

    const carvalho = entity(tree, 'ines-carvalho');
    assert.ok(carvalho, 'the registered minister is listed');
    assert.equal(carvalho.name, 'Ines Carvalho', 'registered entities show their canonical name');
    assert.equal(carvalho.registered, true);
    assert.equal(carvalho.mentionCount, occurrences(QUOTA, 'Carvalho') + occurrences(PROTEST, 'Carvalho'));
    assert.deepEqual(
      carvalho.articles.map((a) => a.uri),
      [uri.protest, uri.quota],
      'newest article first',
    );
    assert.deepEqual(
      carvalho.articles.map((a) => a.publicationDate),
      ['2022-09-07', '2022-09-05'],
    );
    assert.equal(carvalho.articles[1].title, 'Fishing quotas cut for the autumn season');
    for (const article of carvalho.articles) {
      const source = article.uri === uri.quota ? QUOTA : PROTEST;
      assert.equal(article.mentions.length, occurrences(source, 'Carvalho'));
      for (const mention of article.mentions) assert.match(textAt(source, mention), /^(Ines )?Carvalho$/);
    }

    const tavares = entity(tree, 'rui-tavares');
    assert.ok(tavares, 'the unregistered skipper is listed once across both articles');
    assert.equal(tavares.registered, false);
    assert.equal(tavares.name, 'Rui Tavares', 'the fullest surface form names an unregistered entity');
    assert.equal(tavares.mentionCount, occurrences(QUOTA, 'Tavares') + occurrences(PROTEST, 'Tavares'));

    const persons = tree.groups.find((g) => g.type === 'person')!.entities.map((e) => e.entityId);
    assert.ok(persons.indexOf('ines-carvalho') < persons.indexOf('rui-tavares'), 'equal counts fall back to the name');
    const pires = persons.findIndex((id) => entity(tree, id)!.name === 'Joana Pires');
    assert.ok(pires > persons.indexOf('rui-tavares'), 'the once-named harbour master comes after the people named four times');

    const board = entity(tree, 'coastal-fisheries-board');
    assert.equal(board?.type, 'organization');
    assert.equal(board?.mentionCount, occurrences(QUOTA, 'Coastal Fisheries Board') + occurrences(PROTEST, 'Coastal Fisheries Board'));
  });

  it('limits the tree to one article when given its uri', async () => {
    await indexedTree();
    const only = await server.connection.sendRequest<EntitiesResult>(ENTITIES_REQUEST, { uri: uri.quota });
    const all = only.groups.flatMap((g) => g.entities);
    assert.ok(all.length > 0);
    for (const e of all)
      assert.deepEqual(
        e.articles.map((a) => a.uri),
        [uri.quota],
      );
    assert.equal(entity(only, 'ines-carvalho')?.mentionCount, occurrences(QUOTA, 'Carvalho'));
    assert.ok(!all.some((e) => e.name === 'Joana Pires'), 'names of the other article are left out');
    assert.ok(entity(only, 'porto-velho-bay'), 'the bay is named in this article');

    const unknown = await server.connection.sendRequest<EntitiesResult>(ENTITIES_REQUEST, { uri: pathToFileURL(join(folder, 'missing.news')).toString() });
    assert.deepEqual(unknown.groups, []);
  });

  it('shows an open article as edited, before it is saved', async () => {
    await indexedTree();
    const edited = `${PROTEST}\nPorto Velho Bay stayed closed to trawlers all day.\n`;
    server.open(uri.protest, edited);
    const tree = await server.connection.sendRequest<EntitiesResult>(ENTITIES_REQUEST, { uri: uri.protest });
    assert.equal(entity(tree, 'porto-velho-bay')?.mentionCount, 1, 'the unsaved sentence counts');
    const exported = await server.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { uris: [uri.protest], format: 'json' });
    const [article] = (JSON.parse(exported.content) as { articles: ArticleJson[] }).articles;
    assert.ok(
      article.entities.some((e) => e.entityId === 'porto-velho-bay' && edited.slice(e.start, e.end) === 'Porto Velho Bay'),
      'export uses the buffer',
    );
    server.change(uri.protest, PROTEST, 2);
  });

  it('exports every indexed article as the spec JSON, valid against the shipped schema', async () => {
    await indexedTree();
    const result = await server.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { uris: [], format: 'json' });
    // Asked after the export, which re-analysed the open article, so both see the same text.
    const tree = await server.connection.sendRequest<EntitiesResult>(ENTITIES_REQUEST, {});
    assert.equal(result.articles, 2);
    assert.equal(result.skipped, undefined);
    const output = JSON.parse(result.content) as { articles: ArticleJson[] };
    assert.ok(validate(output), JSON.stringify(validate.errors));
    assert.deepEqual(output.articles.map((a) => a.file).sort(), ['protest.news', 'quota.news'], 'paths relative to the workspace folder');
    for (const article of output.articles) {
      const source = article.file === 'quota.news' ? text.quota : text.protest;
      for (const span of [...article.entities, ...article.dates, ...article.quotes]) assert.equal(source.slice(span.start, span.end), span.text);
    }
    const quota = output.articles.find((a) => a.file === 'quota.news')!;
    assert.equal(quota.publicationDate, '2022-09-05');
    assert.equal(quota.quotes[0].speaker?.entityId, 'ines-carvalho');
    // The view and the export agree on every count.
    for (const e of tree.groups.flatMap((g) => g.entities)) {
      const exportedCount = output.articles.flatMap((a) => a.entities).filter((m) => m.entityId === e.entityId).length;
      assert.equal(e.mentionCount, exportedCount, e.entityId);
    }
  });

  it('exports one article as brat standoff whose offsets match the text', async () => {
    const result = await server.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { uris: [uri.quota], format: 'brat' });
    assert.equal(result.articles, 1);
    assert.doesNotMatch(result.content, /^# /m, 'a single article needs no file header');
    const tLines = result.content.split('\n').filter((l) => l.startsWith('T'));
    assert.ok(tLines.length >= 5);
    for (const line of tLines) {
      const [, typeAndSpan, surface] = line.split('\t');
      const [, start, end] = /^\S+ (\d+) (\d+)$/.exec(typeAndSpan)!;
      assert.equal(QUOTA.slice(+start, +end), surface);
    }
    assert.match(result.content, /^T\d+\tPerson \d+ \d+\tInes Carvalho$/m);
    assert.match(result.content, /^#\d+\tAnnotatorNotes T\d+\tines-carvalho$/m);
    assert.match(result.content, /^R1\tSaidBy Arg1:T\d+ Arg2:T\d+$/m);
  });

  it('names files it cannot read instead of failing the export', async () => {
    const missing = pathToFileURL(join(folder, 'gone.news')).toString();
    const result = await server.connection.sendRequest<ExportResult>(EXPORT_REQUEST, { uris: [uri.quota, missing], format: 'jsonl' });
    assert.equal(result.articles, 1);
    assert.deepEqual(
      result.skipped?.map((s) => s.uri),
      [missing],
    );
    const lines = result.content.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.ok(validate({ articles: [JSON.parse(lines[0])] }));
  });

  it('tells the client when the index changed', async () => {
    await indexedTree();
    const from = server.received.length;
    writeFileSync(join(folder, 'quota.news'), `${QUOTA}\nRui Tavares sold his boat.\n`);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri.quota, type: 2 }] });
    await server.waitFor(INDEX_CHANGED_NOTIFICATION, undefined, { from, timeoutMs: 3000 });
    const tree = await server.connection.sendRequest<EntitiesResult>(ENTITIES_REQUEST, { uri: uri.quota });
    assert.equal(entity(tree, 'rui-tavares')?.mentionCount, occurrences(QUOTA, 'Tavares') + 1);
  });
});
