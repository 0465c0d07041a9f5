/** The one definition of which files can be articles, used by the walk, file events and the client's watcher. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ARTICLE_GLOB, hasArticleExtension } from '../../server/src/files/articleFiles';

test('.news, .article and .txt files can be articles, in any case', () => {
  for (const name of ['a.news', '/ws/b.article', 'C.TXT', 'x.News']) assert.ok(hasArticleExtension(name), name);
  for (const name of ['entities.yaml', 'a.news.bak', 'news', 'a.md', 'a.txt~']) assert.ok(!hasArticleExtension(name), name);
});

test('the watcher glob names the same extensions', () => {
  assert.equal(ARTICLE_GLOB, '**/*.{news,article,txt}');
});
