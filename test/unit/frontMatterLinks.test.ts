/**
 * The front matter's `links:` map (issue 10): the reader's choice among registry entries
 * that share a name, read into typed entries with the spans diagnostics need.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readFrontMatter } from '../../server/src/analysis/frontMatter';
import { readStructure } from '../../server/src/analysis/structure';

const article = [
  '---',
  'title: Harbour derby',
  'date: 2024-03-18',
  'links:',
  '  Portsmouth: portsmouth-fc',
  '  Daniel Price: [daniel-price-pianist, ~, daniel-price-council]',
  '  "Okafor":',
  '    - okafor-holdings',
  '    - null',
  '---',
  'Portsmouth won again.',
].join('\n');

describe('front-matter links', () => {
  it('reads a single id and a per-occurrence list, with spans of keys and values', () => {
    const front = readFrontMatter(article)!;
    assert.equal(front.fields.title, 'Harbour derby');
    assert.equal(front.fields.date, '2024-03-18');
    const links = front.links!;
    assert.equal(article.slice(links.keySpan.start, links.keySpan.end), 'links');
    assert.deepEqual(links.problems, []);
    const [portsmouth, price, okafor] = links.entries;
    assert.equal(portsmouth.form, 'Portsmouth');
    assert.equal(article.slice(portsmouth.keySpan.start, portsmouth.keySpan.end), 'Portsmouth');
    assert.equal(portsmouth.all?.id, 'portsmouth-fc');
    assert.equal(article.slice(portsmouth.all!.span.start, portsmouth.all!.span.end), 'portsmouth-fc');
    assert.equal(portsmouth.each, undefined);
    assert.equal(price.form, 'Daniel Price');
    assert.deepEqual(
      price.each!.map((e) => e.id),
      ['daniel-price-pianist', null, 'daniel-price-council'],
    );
    assert.equal(article.slice(price.each![2].span.start, price.each![2].span.end), 'daniel-price-council');
    assert.equal(okafor.form, 'Okafor');
    assert.equal(article.slice(okafor.keySpan.start, okafor.keySpan.end), '"Okafor"');
    assert.deepEqual(
      okafor.each!.map((e) => e.id),
      ['okafor-holdings', null],
    );
  });

  it('is carried into the article structure', () => {
    const structure = readStructure(article);
    assert.equal(structure.frontMatter?.links?.entries.length, 3);
    assert.equal(structure.frontMatter?.fields.date, '2024-03-18');
  });

  it('reports values it cannot read, on their spans, and keeps the rest', () => {
    const text = ['---', 'links:', '  Portsmouth:', '  Pompey: { a: b }', '  Price: [ok-id, { x: 1 }]', '  Okafor: okafor-holdings', '---', 'Body.'].join('\n');
    const links = readFrontMatter(text)!.links!;
    assert.deepEqual(
      links.entries.map((e) => e.form),
      ['Price', 'Okafor'],
    );
    assert.deepEqual(
      links.entries[0].each!.map((e) => e.id),
      ['ok-id', null],
    );
    assert.equal(links.problems.length, 3);
    assert.ok(links.problems.some((p) => text.slice(p.start, p.end) === '{ x: 1 }'));
    assert.ok(links.problems.every((p) => p.end >= p.start && p.end <= text.length));
  });

  it('reports a `links` that is not a map', () => {
    const text = ['---', 'links: portsmouth-fc', '---', 'Body.'].join('\n');
    const links = readFrontMatter(text)!.links!;
    assert.deepEqual(links.entries, []);
    assert.equal(links.problems.length, 1);
    assert.equal(text.slice(links.problems[0].start, links.problems[0].end), 'portsmouth-fc');
  });

  it('gives no links without a `links` key, or when the YAML is malformed', () => {
    assert.equal(readFrontMatter('---\ntitle: x\n---\nBody.')!.links, undefined);
    assert.equal(readFrontMatter('---\nlinks: [a\n---\nBody.')!.links, undefined);
    assert.equal(readFrontMatter('---\nlinks:\n---\nBody.')!.links?.entries.length, 0);
  });

  it('keeps spans right with CRLF line ends', () => {
    const text = '---\r\nlinks:\r\n  Portsmouth: portsmouth-fc\r\n---\r\nBody.';
    const link = readFrontMatter(text)!.links!.entries[0];
    assert.equal(text.slice(link.keySpan.start, link.keySpan.end), 'Portsmouth');
    assert.equal(text.slice(link.all!.span.start, link.all!.span.end), 'portsmouth-fc');
  });
});
