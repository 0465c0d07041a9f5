/**
 * Uncluttered hover cards (issue 16, item 8): one card for a name that is also a
 * speaker, with its quotations as a line of that card instead of a second card stacked
 * under it; no line that counts zero; no id for an unregistered name, but "not in the
 * registry — Add…" as a link to our own command, whose arguments cannot break out of
 * the link whatever the name. Cards are rendered with markdown-it to check what a reader
 * sees. Texts are written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver';
import { analyzeArticle, buildRegistry, parseRegistry } from '../../server/src/analysis';
import { hover } from '../../server/src/features/hover';
import { mdCommandLink } from '../../server/src/markdown/safeMarkdown';
import { ADD_NAME_COMMAND, HOVER_COMMANDS } from '../../server/src/protocol';
import type { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import type { ArticleRecord } from '../../server/src/workspace/articleRecord';

// markdown-it ships no types; the tests need only render().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(src: string): string; validateLink(url: string): boolean };
const renderer = new MarkdownIt({ html: true, linkify: true });
renderer.validateLink = () => true;

/** Every link a card renders to. */
function hrefs(markdown: string): string[] {
  return [...renderer.render(markdown).matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}

/** The arguments of a rendered command link to `command`. */
function commandArgs(href: string, command: string): unknown {
  assert.ok(href.startsWith(`command:${command}?`), href);
  return JSON.parse(decodeURIComponent(href.slice(`command:${command}?`.length)));
}

const REGISTRY = `entities:
  - id: amara-okafor
    name: Amara Okafor
    type: person
    aliases: [Okafor]
    description: Transport minister
`;

const ARTICLE = `Minister opens the tram line

HARBOURTON, May 2 (Coastline Wire) -- Transport minister Amara Okafor opened the first tram line on Monday. "It is a start," Okafor said. "More lines will follow," Okafor added.

Engineer Tomas Ekberg, who drew the route, watched from the platform.

"We expected delays," said a driver.
`;

const registry = buildRegistry([parseRegistry(REGISTRY, 'entities.yaml')]);
const document = TextDocument.create('file:///desk/tram.news', 'news', 1, ARTICLE);
const analysis = analyzeArticle(ARTICLE, { registry });
const cardAt = (offset: number, index?: WorkspaceIndex) => (hover(document, analysis, registry, offset, index)!.contents as MarkupContent).value;
const offsetOf = (needle: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = ARTICLE.indexOf(needle, at + 1);
  assert.ok(at >= 0, `no ${needle}`);
  return at + 2;
};

/** A workspace index where `speakerId` is named in one other article, quoted `quotes` times there. */
function indexWith(speakerId: string, quotes: number): WorkspaceIndex {
  const record: ArticleRecord = {
    uri: 'file:///desk/other.news',
    title: 'Tram budget questioned',
    publicationDate: '2024-05-04',
    entities: new Map([
      [
        speakerId,
        {
          entityId: speakerId,
          name: 'Amara Okafor',
          type: 'person',
          registered: true,
          ranges: [{ start: { line: 2, character: 0 }, end: { line: 2, character: 6 } }],
        },
      ],
    ]),
    quotes: Array.from({ length: quotes }, () => ({ speakerId }) as ArticleRecord['quotes'][number]),
  } as ArticleRecord;
  return { articlesMentioning: (id: string) => (id === speakerId ? [record] : []) } as unknown as WorkspaceIndex;
}

describe('hover cards without clutter', () => {
  it('the article reads as the test means it', () => {
    const okafor = analysis.quotes.filter((q) => q.speaker?.entityId === 'amara-okafor');
    assert.equal(okafor.length, 2, JSON.stringify(analysis.quotes.map((q) => q.speaker)));
    assert.ok(
      analysis.entities.some((e) => e.text === 'Tomas Ekberg' && !e.registered),
      JSON.stringify(analysis.entities.map((e) => [e.text, e.registered])),
    );
  });

  it('a name that is also a speaker gets one card, its quotations a line of it', () => {
    const card = cardAt(offsetOf('Okafor said'), indexWith('amara-okafor', 3));
    assert.match(card, /^\*\*Amara Okafor\*\* — person/);
    assert.doesNotMatch(card, /^---$/m, 'no rule between stacked cards');
    assert.doesNotMatch(card, /\*\*Quotation\*\*/, 'no second card');
    assert.match(card, /^Quoted 2 times in this article · 3 quotations in other articles of the workspace$/m);
    assert.match(card, /^3 mentions in this article · id `amara-okafor`$/m);
    assert.match(
      card,
      /^- \[Tram budget questioned\]\(file:\/\/\/desk\/other\.news#L3\) · Sat 4 May 2024$/m,
      "the other article's date in plain words, not its TIMEX3 value",
    );
  });

  it('leaves out counts that are zero', () => {
    const speaker = cardAt(offsetOf('Okafor said'), indexWith('amara-okafor', 0));
    assert.match(speaker, /^Quoted 2 times in this article$/m);
    assert.doesNotMatch(speaker, /\b0 /, speaker);
    const quote = cardAt(offsetOf('We expected'));
    assert.match(quote, /^\*\*Quotation\*\* — said by a driver/);
    assert.doesNotMatch(quote, /\b0 /, quote);
    assert.doesNotMatch(quote, /other quotation/, 'the driver says nothing else');
    const first = cardAt(offsetOf('It is a start'), indexWith('amara-okafor', 0));
    assert.match(first, /^1 other quotation by this speaker in this article$/m);
    assert.doesNotMatch(first, /other articles/, first);
    const silent = cardAt(offsetOf('Tomas Ekberg'));
    assert.doesNotMatch(silent, /Quoted|quotation/, 'a name that says nothing has no quotation line');
  });

  it('an unregistered name shows no id but "not in the registry — Add…", linking to our command with the name and its type', () => {
    const card = cardAt(offsetOf('Tomas Ekberg'));
    assert.doesNotMatch(card, /\bid\b/, card);
    assert.match(card.split('\n')[0], /^\*\*Tomas Ekberg\*\* — person · not in the registry — \[Add…\]\(command:/);
    const links = hrefs(card);
    assert.equal(links.length, 1, card);
    assert.deepEqual(commandArgs(links[0], ADD_NAME_COMMAND), ['file:///desk/tram.news', 'Tomas Ekberg', 'person']);
  });
});

describe('command links', () => {
  it('carry any name as an argument without ending the link or adding another', () => {
    for (const name of [
      'Ana ](https://evil.example/x.png) Lee',
      'O\'Brien (Jr.) "Mac" *star*',
      'a)b]c[d<e>f\\g`h',
      'line\nbreak',
      'lone \ud800 surrogate',
      '%41 and %',
    ]) {
      const markdown = `${mdCommandLink('Add…', ADD_NAME_COMMAND, ['file:///a.news', name, 'person'])} and after`;
      const html = renderer.render(markdown);
      assert.doesNotMatch(html, /<img/, html);
      const links = hrefs(markdown);
      assert.equal(links.length, 1, `one link for ${JSON.stringify(name)}: ${html}`);
      const [, passed] = commandArgs(links[0], ADD_NAME_COMMAND) as string[];
      assert.equal(passed, JSON.parse(JSON.stringify(name)), 'the name arrives as it was');
      assert.match(html, /<\/a> and after/, 'the text after the link is not part of it');
    }
  });

  it('link only to the commands the client trusts', () => {
    assert.deepEqual([...HOVER_COMMANDS], [ADD_NAME_COMMAND]);
    assert.throws(() => mdCommandLink('Run', 'workbench.action.terminal.new', []), /not a command hover cards may link to/);
    assert.throws(() => mdCommandLink('Run', `${ADD_NAME_COMMAND}?x`, []), /not a command/);
  });
});
