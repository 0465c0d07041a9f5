/**
 * The Entities view's tree and the export, as the language service gives them over an
 * in-memory workspace (test/support/memoryWorkspace.ts) holding the invented fisheries
 * newsroom of test/support/fisheriesNewsroom.ts: grouping and ordering, one article's
 * tree, unsaved edits in the tree and the export, the export's formats and skipped
 * files, and the refresh the view gets when the index changes. The real providers,
 * indexer and analysis run; only the disk and the editor are in memory, and no process
 * is started. The cases that only read share a service; a case that edits or writes
 * gets its own, so none sees another's changes. Expected counts are derived from the
 * texts. test/lsp/entitiesView.test.ts keeps the protocol over stdio (the two custom
 * requests and the index-changed notification).
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { ArticleJson } from '../../../server/src/cli/output';
import type { EntitiesResult } from '../../../server/src/protocol';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { startService, type TestService } from '../../support/memoryWorkspace';
import { entity, NEWSROOM_FILES, occurrences, PROTEST, QUOTA, textAt, TYPE_ORDER, validateCliOutput as validate } from '../../support/fisheriesNewsroom';
import { pollUntil } from '../../support/textPositions';

const FOLDER = '/ws';
const T = NEVER_CANCELLED;
const path = (name: string) => `${FOLDER}/${name}`;
const uri = { quota: `file://${path('quota.news')}`, protest: `file://${path('protest.news')}` };
const text = { quota: QUOTA, protest: PROTEST };

/** A service over the newsroom, its first index done. */
function start(): Promise<TestService> {
  return startService(Object.fromEntries(Object.entries(NEWSROOM_FILES).map(([name, body]) => [path(name), body])), { folder: FOLDER });
}

/** Runs a case that changes the workspace on a service of its own, and disposes of it, pass or fail. */
async function withService(run: (t: TestService) => Promise<void>): Promise<void> {
  const t = await start();
  try {
    await run(t);
  } finally {
    t.service.dispose();
  }
}

describe('the Entities view and the export over an in-memory workspace', () => {
  // These cases only read: they share one service.
  let t: TestService;
  before(async () => {
    t = await start();
  });
  after(() => t.service.dispose());

  it('groups the workspace entities by type in the spec order, most mentioned first', async () => {
    const tree = await t.service.entities({}, T);
    assert.equal(tree.indexing, false, 'the first index is done when startService resolves');
    const types = tree.groups.map((g) => g.type);
    assert.deepEqual(
      types,
      TYPE_ORDER.filter((type) => types.includes(type)),
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
    const only = await t.service.entities({ uri: uri.quota }, T);
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

    const unknown = await t.service.entities({ uri: `file://${path('missing.news')}` }, T);
    assert.deepEqual(unknown.groups, []);
  });

  it('exports every indexed article as the spec JSON, valid against the shipped schema', async () => {
    const result = await t.service.exportAnnotations({ uris: [], format: 'json' }, T);
    const tree = await t.service.entities({}, T);
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
    const result = await t.service.exportAnnotations({ uris: [uri.quota], format: 'brat' }, T);
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
    const missing = `file://${path('gone.news')}`;
    const result = await t.service.exportAnnotations({ uris: [uri.quota, missing], format: 'jsonl' }, T);
    assert.equal(result.articles, 1);
    assert.deepEqual(
      result.skipped?.map((s) => s.uri),
      [missing],
    );
    const lines = result.content.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.ok(validate({ articles: [JSON.parse(lines[0])] }));
  });
});

describe('the Entities view after changes, each case on a service of its own', () => {
  it('shows an open article as edited, before it is saved', () =>
    withService(async (t) => {
      const edited = `${PROTEST}\nPorto Velho Bay stayed closed to trawlers all day.\n`;
      t.workspace.openDocument(path('protest.news'), edited);
      const tree = await t.service.entities({ uri: uri.protest }, T);
      assert.equal(entity(tree, 'porto-velho-bay')?.mentionCount, 1, 'the unsaved sentence counts');
      const exported = await t.service.exportAnnotations({ uris: [uri.protest], format: 'json' }, T);
      const [article] = (JSON.parse(exported.content) as { articles: ArticleJson[] }).articles;
      assert.ok(
        article.entities.some((e) => e.entityId === 'porto-velho-bay' && edited.slice(e.start, e.end) === 'Porto Velho Bay'),
        'export uses the buffer',
      );
    }));

  it('tells the client when the index changed', () =>
    withService(async (t) => {
      const entitiesRefreshes = (from: number) => async () => t.client.refreshes.slice(from).filter((kind) => kind === 'entities').length;
      // The first index sends its own refresh once its burst of changes settles; the one awaited below is the file event's.
      await pollUntil(entitiesRefreshes(0), (n) => n > 0, "the first index's refresh of the Entities view");
      const from = t.client.refreshes.length;
      t.workspace.writeFile(path('quota.news'), `${QUOTA}\nRui Tavares sold his boat.\n`);
      await pollUntil(entitiesRefreshes(from), (n) => n > 0, 'a refresh of the Entities view after the file changed');
      const tree: EntitiesResult = await t.service.entities({ uri: uri.quota }, T);
      assert.equal(entity(tree, 'rui-tavares')?.mentionCount, occurrences(QUOTA, 'Tavares') + 1);
    }));
});
