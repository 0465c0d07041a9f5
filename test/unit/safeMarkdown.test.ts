/**
 * Hover cards built from someone else's text (issue 15): a shared registry or another
 * article's headline must not be able to add an image (which VS Code would fetch when the
 * card is drawn), a link to anything but http(s)/file, or a heading, rule, list or code
 * block. The markdown is rendered with markdown-it (HTML and linkify on, the strictest
 * reading) and the resulting HTML is checked, so the tests hold for what a reader sees,
 * not for one escaping scheme. All texts are written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver';
import { analyzeArticle, buildRegistry, parseRegistry } from '../../server/src/analysis';
import { hover } from '../../server/src/features/hover';
import { mdBold, mdCode, mdLink, mdText, safeAddress } from '../../server/src/markdown/safeMarkdown';
import type { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import type { ArticleRecord } from '../../server/src/workspace/articleRecord';

// markdown-it ships no types; the tests need only render().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(src: string): string; validateLink(url: string): boolean };
const renderer = new MarkdownIt({ html: true, linkify: true });
// markdown-it refuses file: and javascript: links itself; VS Code's renderer does not, so neither may the check.
renderer.validateLink = () => true;
const render = (markdown: string): string => renderer.render(markdown);

/** The addresses every `href`/`src` in rendered HTML points at. */
function addresses(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
}

/** Fails when rendered markdown holds anything a card may never hold. */
function assertInert(markdown: string, allowedLinks: string[] = []): string {
  const html = render(markdown);
  assert.doesNotMatch(
    html,
    /<img|<h[1-6]|<hr|<pre|<table|<blockquote|<ol|<script|<iframe|<video|<audio|<svg|<style|<link/i,
    `block or embedded content in:\n${markdown}\n→ ${html}`,
  );
  for (const address of addresses(html)) {
    assert.ok(allowedLinks.includes(address), `unexpected link ${address} in:\n${markdown}\n→ ${html}`);
  }
  return html;
}

/** Visible text of rendered HTML (tags dropped, the few entities markdown-it writes decoded). */
function visible(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

const PIXEL = 'https://ok.example/bio) ![t](https://evil.example/pixel.png?who=reporter';

const HOSTILE_FIELDS = [
  PIXEL,
  '![x](https://evil.example/a.png)',
  '<img src="https://evil.example/b.png">',
  '[click](javascript:alert(1))',
  '# Heading\n\n---\n\n```\ncode\n```',
  '- list item\n1. numbered\n> quoted',
  '    indented code',
  '***',
  '---',
  '===',
  'a\r\nb\u2028c\u2029d\u0085e\u0000f',
  'https://evil.example/bare and www.evil.example and <https://evil.example/auto>',
  '&lt;img src=x&gt; &#60;b&#62;',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '\\',
  '`',
  '``tick`` and `one`',
  '\ud800 lone and \udfff',
  'Ri\u0301o \u202eevil\u202c \u200bzero',
];

describe('safe markdown helpers', () => {
  it('shows every hostile field as its own text, inert', () => {
    for (const field of HOSTILE_FIELDS) {
      for (const markdown of [mdText(field), mdBold(field), `Roles: ${mdText(field)}`, `\n\n${mdText(field)}\n\n`]) {
        const html = assertInert(markdown);
        assert.ok(!html.includes('\n', html.indexOf('<p>') + 3) || html.trim().split('\n').length === 1, `one paragraph for ${JSON.stringify(field)}: ${html}`);
      }
      const shown = visible(render(mdText(field)));
      const expected = field
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      assert.equal(shown, expected, `the reader sees the field's own characters for ${JSON.stringify(field)}`);
    }
  });

  it('keeps code spans closed whatever backticks the text holds', () => {
    for (const id of ['plain-id', 'a`b', '``x``', '`', 'x`', '`x']) {
      const html = assertInert(`id ${mdCode(id)}`);
      assert.equal(visible(html.replace(/<\/?code>/g, '')), `id ${id}`);
      assert.equal((html.match(/<code>/g) ?? []).length, 1, html);
    }
    assert.equal(mdCode('ekberg-engineer'), '`ekberg-engineer`', 'ordinary ids are written as before');
  });

  it('links only http, https and file addresses, percent-encoded so nothing ends the link early', () => {
    assert.equal(safeAddress('https://example.org/people/okafor'), 'https://example.org/people/okafor');
    assert.equal(safeAddress('file:///home/desk/a%20b.news#L3'), 'file:///home/desk/a%20b.news#L3');
    assert.equal(safeAddress('file:///desk/budget(draft).news#L2'), 'file:///desk/budget%28draft%29.news#L2');
    assert.equal(safeAddress('https://example.org/M\u00fcller'), 'https://example.org/M%C3%BCller');
    assert.equal(safeAddress('https://example.org/100%'), 'https://example.org/100%25');
    for (const bad of [
      PIXEL,
      'javascript:alert(1)',
      'command:workbench.action.quit',
      'data:image/png;base64,AAAA',
      'vscode://x',
      'http://',
      'https:///nohost',
      'https://a.example/x\ny',
      'https://a.example/\u202ex',
      'https://a.example/\ud800',
      'ftp://a.example/',
      '//evil.example/x',
      ' https://a.example/',
    ]) {
      assert.equal(safeAddress(bad), undefined, `${JSON.stringify(bad)} must not become a link`);
      const html = assertInert(mdLink(bad, bad));
      assert.equal(addresses(html).length, 0, `no link at all for ${JSON.stringify(bad)}: ${html}`);
    }
    const good = assertInert(mdLink('Profile', 'https://example.org/a_(b)'), ['https://example.org/a_%28b%29']);
    assert.equal(visible(good), 'Profile');
  });
});

const REGISTRY = `entities:
  - id: okafor
    name: "Amara **Okafor** ![i](https://evil.example/name.png)"
    type: person
    aliases: [Amara Okafor, Okafor]
    roles: ["minister\\n# injected heading"]
    description: "Transport minister.\\n\\n---\\n\\n![track](https://evil.example/d.png)\\n\`\`\`\\nblock\\n\`\`\`\\n<img src=https://evil.example/h.png>"
    links:
      - "${PIXEL}"
      - "https://ok.example/profile"
      - "javascript:alert(1)"
      - "https://ok.example/a b"
`;

const ARTICLE = `Minister opens the tram line

HARBOURTON, May 2 (Coastline Wire) -- Transport minister Amara Okafor opened the first tram line on Monday. "It is a start," Okafor said.
`;

describe('hover cards with a hostile registry and hostile headlines', () => {
  const parsed = parseRegistry(REGISTRY, 'entities.yaml');
  const registry = buildRegistry([parsed]);
  const document = TextDocument.create('file:///desk/today.news', 'news', 1, ARTICLE);
  const analysis = analyzeArticle(ARTICLE, { registry });
  const okafor = analysis.entities.find((e) => e.text === 'Amara Okafor' && e.registered);
  const other = (uri: string, title: string): ArticleRecord => ({
    uri,
    title,
    publicationDate: '2024-05-01) ![p](https://evil.example/date.png',
    entities: new Map([
      [
        okafor!.entityId,
        {
          entityId: okafor!.entityId,
          name: 'Amara Okafor',
          type: 'person',
          registered: true,
          ranges: [{ start: { line: 2, character: 4 }, end: { line: 2, character: 16 } }],
        },
      ],
    ]),
    quotes: [{ speakerId: okafor!.entityId } as ArticleRecord['quotes'][number]],
  });
  const records = [
    other('file:///desk/budget(draft).news', 'Budget ](https://evil.example/t.png) ![x](https://evil.example/y.png)\n# Injected'),
    other('file:///desk/plain.news', '<img src="https://evil.example/z.png"> `code` *bold*'),
  ];
  const index = { articlesMentioning: () => records } as unknown as WorkspaceIndex;

  it('parses the registry as the test means it', () => {
    assert.deepEqual(
      parsed.problems.filter((p) => p.severity === 'error'),
      [],
    );
    assert.ok(okafor, `the registered name is found: ${JSON.stringify(analysis.entities.map((e) => e.text))}`);
  });

  it('the entity card shows every field as text and links only the safe addresses', () => {
    const result = hover(document, analysis, registry, okafor!.start + 2, index);
    const markdown = (result!.contents as MarkupContent).value;
    const html = assertInert(markdown, ['https://ok.example/profile', 'file:///desk/budget%28draft%29.news#L3', 'file:///desk/plain.news#L3']);
    const text = visible(html);
    assert.match(
      text,
      /Transport minister\. --- !\[track\]\(https:\/\/evil\.example\/d\.png\) ``` block ``` <img src=https:\/\/evil\.example\/h\.png>/,
      'the description is shown literally, on one line',
    );
    assert.ok(text.includes(PIXEL), 'the hostile link is shown as text');
    assert.ok(text.includes('javascript:alert(1)') && text.includes('https://ok.example/a b'), 'unsafe links are shown as text');
    assert.ok(text.includes('minister # injected heading'), 'a newline in a role is folded');
    assert.ok(text.includes('Budget ](https://evil.example/t.png) ![x](https://evil.example/y.png) # Injected'), 'the headline is shown as written');
    assert.ok(text.includes('id okafor'), 'the id is shown');
    assert.equal((html.match(/<a /g) ?? []).length, 3, `three links: the profile and two articles\n${html}`);
  });

  it('the quote and date cards are inert too', () => {
    const quote = analysis.quotes[0];
    assert.ok(quote, 'the article has a quotation');
    const quoteCard = hover(document, analysis, registry, quote.start + 2, index);
    assertInert((quoteCard!.contents as MarkupContent).value);
    const date = analysis.dates[0];
    assert.ok(date, 'the article has a date');
    const dateCard = hover(document, analysis, registry, date.start + 1, index);
    assertInert((dateCard!.contents as MarkupContent).value);
  });
});
