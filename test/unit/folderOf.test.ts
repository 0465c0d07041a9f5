/** Which workspace folder holds a path: by whole segments, deepest first (issue 14's /ws/a vs /ws/ab). */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { folderOf } from '../../server/src/files/folderOf';

test('a folder never claims a sibling whose name starts with its own', () => {
  assert.equal(folderOf('/ws/ab/x.news', ['/ws/a']), undefined);
  assert.equal(folderOf('/ws/ab/x.news', ['/ws/a', '/ws/ab']), '/ws/ab');
  assert.equal(folderOf('/ws/a/x.news', ['/ws/ab', '/ws/a']), '/ws/a');
});

test('the deepest of nested folders wins, whatever their order', () => {
  assert.equal(folderOf('/ws/a/b/x.news', ['/ws/a', '/ws/a/b']), '/ws/a/b');
  assert.equal(folderOf('/ws/a/b/x.news', ['/ws/a/b', '/ws/a']), '/ws/a/b');
});

test('the folder itself, a trailing slash, and no path at all', () => {
  assert.equal(folderOf('/ws/a', ['/ws/a']), '/ws/a');
  assert.equal(folderOf('/ws/a/x.news', ['/ws/a/']), '/ws/a/');
  assert.equal(folderOf(undefined, ['/ws/a']), undefined);
  assert.equal(folderOf('/elsewhere/x.news', ['/ws/a']), undefined);
});
