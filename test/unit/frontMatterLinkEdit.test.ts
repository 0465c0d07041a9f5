/**
 * The front-matter `links` edit behind the "Link 'Portsmouth' to …" quick fixes:
 * created when missing, added to, replaced, per occurrence, and every other byte
 * kept (comments, quoting, CRLF, BOM). Each case checks the exact text, and that
 * the YAML reads back as the choice.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readFrontMatter } from '../../server/src/analysis/frontMatter';
import { findLink, linkValue, setFrontMatterLink, withOccurrence, type LinkValue } from '../../server/src/analysis/frontMatterLinkEdit';
import { applyEdits } from '../../server/src/analysis/registry/edit';
import { readStructure } from '../../server/src/analysis/structure';

const BODY = 'Pompey win at home\n\nPortsmouth beat Leeds 2-0 on Saturday.\n';

function link(text: string, form: string, value: LinkValue): string {
  return applyEdits(text, setFrontMatterLink(text, form, value));
}

/** The `links` mapping as a YAML reader sees it after the edit. */
function linksOf(text: string): Record<string, unknown> {
  const body = text.replace(/^\uFEFF/, '');
  const front = readFrontMatter(body);
  assert.ok(front, 'the article has front matter');
  const yaml = body
    .slice(0, front.bodyStart)
    .replace(/^---[ \t]*\r?\n/, '')
    .replace(/(?:\r\n|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\n)?$/, '');
  return (parse(yaml) as { links: Record<string, unknown> }).links;
}

describe('front-matter links: creating the block', () => {
  it('adds a front-matter block at the top of an article without one', () => {
    const out = link(BODY, 'Portsmouth', 'portsmouth-fc');
    assert.equal(out, `---\nlinks:\n  Portsmouth: portsmouth-fc\n---\n${BODY}`);
    assert.deepEqual(linksOf(out), { Portsmouth: 'portsmouth-fc' });
    assert.equal(
      readStructure(out).headline && out.slice(readStructure(out).headline!.start, readStructure(out).headline!.end),
      'Pompey win at home',
      'the headline is still the headline',
    );
  });

  it('writes CRLF line breaks in a CRLF article', () => {
    const crlf = BODY.replace(/\n/g, '\r\n');
    assert.equal(link(crlf, 'Portsmouth', 'portsmouth-fc'), `---\r\nlinks:\r\n  Portsmouth: portsmouth-fc\r\n---\r\n${crlf}`);
  });

  it('keeps a byte-order mark first', () => {
    const out = link(`\uFEFF${BODY}`, 'Portsmouth', 'portsmouth-fc');
    assert.equal(out, `\uFEFF---\nlinks:\n  Portsmouth: portsmouth-fc\n---\n${BODY}`);
  });

  it('works on an empty article', () => {
    assert.equal(link('', 'Portsmouth', 'portsmouth-fc'), '---\nlinks:\n  Portsmouth: portsmouth-fc\n---\n');
  });
});

describe('front-matter links: front matter without links', () => {
  it('adds `links:` before the closing fence, keeping comments and other keys', () => {
    const text = `---\ntitle: "Pompey: a season"   # working title\ndate: 2024-03-02\n# links go here\n---\n${BODY}`;
    const out = link(text, 'Portsmouth', 'portsmouth-fc');
    assert.equal(out, `---\ntitle: "Pompey: a season"   # working title\ndate: 2024-03-02\n# links go here\nlinks:\n  Portsmouth: portsmouth-fc\n---\n${BODY}`);
    assert.equal(readFrontMatter(out)!.fields.title, 'Pompey: a season');
  });

  it('fills an empty front-matter block', () => {
    assert.equal(link(`---\n---\n${BODY}`, 'Portsmouth', 'portsmouth-fc'), `---\nlinks:\n  Portsmouth: portsmouth-fc\n---\n${BODY}`);
  });

  it('accepts the `...` closing fence and a file that ends at the fence', () => {
    assert.equal(link('---\ntitle: x\n...\nBody', 'Portsmouth', 'p'), '---\ntitle: x\nlinks:\n  Portsmouth: p\n...\nBody');
    assert.equal(link('---\ntitle: x\n---', 'Portsmouth', 'p'), '---\ntitle: x\nlinks:\n  Portsmouth: p\n---');
  });

  it('keeps CRLF and a BOM in existing front matter', () => {
    const text = `\uFEFF---\r\ntitle: Derby day\r\n---\r\n${BODY.replace(/\n/g, '\r\n')}`;
    const out = link(text, 'Portsmouth', 'portsmouth-fc');
    assert.equal(out, `\uFEFF---\r\ntitle: Derby day\r\nlinks:\r\n  Portsmouth: portsmouth-fc\r\n---\r\n${BODY.replace(/\n/g, '\r\n')}`);
    assert.deepEqual(linksOf(out), { Portsmouth: 'portsmouth-fc' });
  });
});

describe('front-matter links: existing links', () => {
  const text = `---\ntitle: Derby day\nlinks:\n    Pompey: portsmouth-fc   # the club\n    Daniel Price: daniel-price-council\ndate: 2024-03-02\n---\n${BODY}`;

  it('adds a key at the column of the others, after the last one', () => {
    const out = link(text, 'Portsmouth', 'portsmouth-hampshire');
    assert.equal(out, text.replace('daniel-price-council\n', 'daniel-price-council\n    Portsmouth: portsmouth-hampshire\n'));
  });

  it('replaces the value of the same form and keeps its comment', () => {
    const out = link(text, 'Pompey', 'portsmouth-hampshire');
    assert.equal(out, text.replace('Pompey: portsmouth-fc   # the club', 'Pompey: portsmouth-hampshire   # the club'));
  });

  it('matches the key ignoring case when no key is written exactly so', () => {
    const out = link(text, 'DANIEL PRICE', 'daniel-price-pianist');
    assert.equal(out, text.replace('Daniel Price: daniel-price-council', 'Daniel Price: daniel-price-pianist'));
  });

  it('changes nothing when the front matter already says so', () => {
    assert.deepEqual(setFrontMatterLink(text, 'Pompey', 'portsmouth-fc'), []);
  });

  it('adds to a flow mapping, and to an empty one', () => {
    const flow = `---\nlinks: { Pompey: portsmouth-fc }\n---\n${BODY}`;
    assert.equal(link(flow, 'Portsmouth', 'portsmouth-hampshire'), `---\nlinks: { Pompey: portsmouth-fc, Portsmouth: portsmouth-hampshire }\n---\n${BODY}`);
    assert.equal(link(`---\nlinks: {}\n---\n`, 'Portsmouth', 'p'), `---\nlinks: {Portsmouth: p}\n---\n`);
    assert.equal(link(flow, 'Pompey', 'x'), `---\nlinks: { Pompey: x }\n---\n${BODY}`);
  });

  it('opens an empty `links:` (bare, `~`, with a comment)', () => {
    assert.equal(link(`---\nlinks:\ntitle: t\n---\n`, 'Portsmouth', 'p'), `---\nlinks:\n  Portsmouth: p\ntitle: t\n---\n`);
    assert.equal(link(`---\nlinks: ~   # none yet\n---\n`, 'Portsmouth', 'p'), `---\nlinks:   # none yet\n  Portsmouth: p\n---\n`);
    assert.equal(link(`---\nlinks: null\n---\n`, 'Portsmouth', 'p'), `---\nlinks:\n  Portsmouth: p\n---\n`);
    assert.deepEqual(linksOf(link(`---\nlinks: ~   # none yet\n---\n`, 'Portsmouth', 'p')), { Portsmouth: 'p' });
  });
});

describe('front-matter links: one mention at a time', () => {
  it('writes a per-occurrence list with ~ for "decide in context"', () => {
    const out = link(BODY, 'Daniel Price', withOccurrence(undefined, 2, 3, 'daniel-price-council'));
    assert.equal(out, `---\nlinks:\n  Daniel Price: [~, ~, daniel-price-council]\n---\n${BODY}`);
    assert.deepEqual(linksOf(out), { 'Daniel Price': [null, null, 'daniel-price-council'] });
  });

  it('replaces a list with an id, an id with a list, and a block list with a flow list', () => {
    const listed = `---\nlinks:\n  Daniel Price: [daniel-price-pianist, ~, daniel-price-council]  # checked\n---\n`;
    assert.equal(link(listed, 'Daniel Price', 'daniel-price-pianist'), `---\nlinks:\n  Daniel Price: daniel-price-pianist  # checked\n---\n`);
    const single = `---\nlinks:\n  Daniel Price: daniel-price-pianist\n---\n`;
    assert.equal(
      link(single, 'Daniel Price', withOccurrence('daniel-price-pianist', 1, 3, 'daniel-price-council')),
      `---\nlinks:\n  Daniel Price: [daniel-price-pianist, daniel-price-council, daniel-price-pianist]\n---\n`,
    );
    const block = `---\nlinks:\n  Daniel Price:\n    - daniel-price-pianist\n    - ~\nnext: 1\n---\n`;
    assert.equal(link(block, 'Daniel Price', ['a', 'b']), `---\nlinks:\n  Daniel Price: [a, b]\nnext: 1\n---\n`);
  });

  it('withOccurrence pads, spreads a single id over the mentions and trims trailing ~', () => {
    assert.deepEqual(withOccurrence(undefined, 0, 2, 'a'), ['a']);
    assert.deepEqual(withOccurrence(['a', null, 'b'], 2, 3, 'c'), ['a', null, 'c']);
    assert.deepEqual(withOccurrence('a', 0, 2, 'b'), ['b', 'a']);
    assert.deepEqual(withOccurrence([null, 'a'], 4, 5, 'b'), [null, 'a', null, null, 'b']);
  });
});

describe('front-matter links: quoting and refusals', () => {
  it('quotes forms and ids YAML would misread', () => {
    const out = link(BODY, 'Re: Portsmouth', 'yes');
    assert.equal(out, `---\nlinks:\n  "Re: Portsmouth": "yes"\n---\n${BODY}`);
    assert.deepEqual(linksOf(out), { 'Re: Portsmouth': 'yes' });
    assert.deepEqual(linksOf(link(BODY, "O'Neill #2", 'x')), { "O'Neill #2": 'x' });
  });

  it('folds a name written over two lines into one key', () => {
    assert.deepEqual(linksOf(link(BODY, 'Daniel\nPrice', 'x')), { 'Daniel Price': 'x' });
  });

  it('refuses front matter with YAML errors, and `links` that is not a mapping', () => {
    assert.throws(() => setFrontMatterLink('---\ntitle: [oops\n---\n', 'A', 'a'), /YAML errors/);
    assert.throws(() => setFrontMatterLink('---\nlinks: [a, b]\n---\n', 'A', 'a'), /not a mapping/);
    assert.throws(() => setFrontMatterLink('---\n- a\n---\n', 'A', 'a'), /not a block/);
    assert.throws(() => setFrontMatterLink(BODY, ' ', 'a'), /name/);
    assert.throws(() => setFrontMatterLink(BODY, 'A', ''), /entry id/);
  });

  it('any form and id read back exactly, and the article after the front matter never changes', () => {
    const starts = ['', BODY, `---\ntitle: t # c\n---\n${BODY}`, `---\nlinks:\n  Other: o\n---\n${BODY}`, `---\r\nlinks: {Other: o}\r\n---\r\n${BODY}`];
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.string({ minLength: 1, maxLength: 20 }), fc.string({ minLength: 1, maxLength: 12 }), (start, rawForm, id) => {
        const form = rawForm.replace(/\s+/g, ' ').trim();
        fc.pre(form.length > 0 && form !== 'Other' && !/[\p{Cc}\uFEFF\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDFFF]/u.test(form + id));
        const out = link(start, form, id);
        assert.equal(linksOf(out)[form], id);
        const body = (t: string) => t.slice(readFrontMatter(t)?.bodyStart ?? 0);
        assert.equal(body(out), body(start));
        if (start.includes('Other')) assert.equal(linksOf(out).Other, 'o');
      }),
      { numRuns: 300 },
    );
  });
});

describe('front-matter links: what the editor reads back', () => {
  const links = (text: string) => readFrontMatter(text)?.links;

  it('finds the entry of a form as the linker matches keys: exactly, else ignoring case', () => {
    const text = `---\nlinks:\n  portsmouth: a\n  Portsmouth: b\n  DANIEL PRICE: [x, ~, y]\n---\nBody\n`;
    assert.equal(linkValue(findLink(links(text), 'Portsmouth')), 'b');
    assert.deepEqual(linkValue(findLink(links(text), 'Daniel\nPrice')), ['x', null, 'y']);
    assert.equal(findLink(links(text), 'Pompey'), undefined);
    assert.equal(linkValue(findLink(links(BODY), 'Portsmouth')), undefined);
  });
});
