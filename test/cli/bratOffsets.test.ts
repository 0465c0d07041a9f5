/**
 * brat counts offsets in Unicode code points (it is Python 3), while the JSON output
 * keeps the spec's UTF-16 code units. An emoji (two UTF-16 units, one code point)
 * before a span shifted every brat span after it by one. Each T line of the output
 * must cut its text out of the article counted in code points.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { codePointOffsets } from '../../server/src/cli/codePoints';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-lens-brat-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Title 😀😀\n\nLONDON (Wire) — 🎉 Alan Greaves said on Monday that "it works 👍\nfor everyone," Greaves said.\n';

/** The text of a brat span list (`10 16` or `3 8;9 12`) cut out by code points and joined as brat shows fragments. */
function bratSurface(text: string, spans: string): string {
  const points = Array.from(text);
  return spans
    .split(';')
    .map((pair) => {
      const [start, end] = pair.split(' ').map(Number);
      return points.slice(start, end).join('');
    })
    .join(' ');
}

describe('brat offsets', () => {
  it('count code points, so spans after an emoji match the text as brat reads it', () => {
    const file = join(dir, 'emoji.news');
    writeFileSync(file, TEXT);
    const result = spawnSync(process.execPath, [CLI, 'analyze', '--format', 'brat', file], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const tLines = result.stdout.split('\n').filter((l) => l.startsWith('T'));
    assert.ok(tLines.length >= 4, result.stdout);
    assert.match(result.stdout, /^T\d+\tPlace 10 16\tLONDON$/m);
    for (const line of tLines) {
      const [, typeAndSpans, surface] = line.split('\t');
      assert.equal(bratSurface(TEXT, typeAndSpans.slice(typeAndSpans.indexOf(' ') + 1)), surface, line);
    }
    assert.ok(
      tLines.some((l) => l.includes(';')),
      'the quote across a line break is written as two fragments',
    );
  });

  it('keep UTF-16 offsets in the JSON output', () => {
    const file = join(dir, 'emoji.news');
    const result = spawnSync(process.execPath, [CLI, 'analyze', file], { encoding: 'utf8' });
    const [article] = JSON.parse(result.stdout).articles as { entities: { start: number; end: number; text: string }[] }[];
    const london = article.entities.find((e) => e.text === 'LONDON');
    assert.deepEqual([london?.start, london?.end], [12, 18]);
  });
});

describe('codePointOffsets', () => {
  it('maps UTF-16 offsets to code point offsets, a lone surrogate counting as one', () => {
    const text = 'a😀b\uD800c🎉';
    const at = codePointOffsets(text);
    // a=0, 😀=1..3, b=3, lone high surrogate=4, c=5, 🎉=6..8, end=8 (UTF-16)
    assert.deepEqual([0, 1, 3, 4, 5, 6, 8].map(at), [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(at(text.length), Array.from(text).length);
  });

  it('is the identity for text without surrogates', () => {
    const at = codePointOffsets('Zoé in Köln — “quoted”');
    assert.deepEqual([0, 5, 21].map(at), [0, 5, 21]);
  });
});
