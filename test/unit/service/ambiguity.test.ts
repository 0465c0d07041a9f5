/**
 * Names several registry entries share (issue 10 part 3), on the language service over an
 * in-memory workspace (test/support/memoryWorkspace.ts): the hover lists the other
 * candidates, a name the linker cannot decide gets an Information diagnostic with the
 * candidates as related information, the quick fixes carry front-matter edits that, applied
 * and re-analysed, move the link (for every mention of the form, or for one mention), a
 * front-matter link to an unknown id gets a Warning, and references, code lenses, the
 * Entities view and the outline keep two entries that share a name apart.
 *
 * These cases moved here from test/lsp/ambiguity.test.ts (issue 14): the real providers and
 * the real linker run, each case in a fresh service, without a process to spawn or a
 * notification to wait for. The stdio file keeps the protocol (the diagnostic as published,
 * a quick fix sent back with it and its WorkspaceEdit applied over the wire).
 * Everything here is invented for the test.
 */
import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Location, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { toUri } from '../../../server/src/uri';
import { inFolder, startService, type TestService } from '../../support/memoryWorkspace';
import { inside, rangeOf } from '../../support/textPositions';
import { REGISTRY, BARE, RECITAL } from '../../support/ambiguityNewsroom';

/** The club and the town in one article, and both Daniel Prices. */
const DERBY = `Kingsferry held to a draw as the council leader promises floodlights

Kingsferry drew 1-1 with Harwick Town at the Quayside Ground on Saturday, keeping the club third in the league.

Council leader Daniel Price said the town would pay for new floodlights. "The club is part of Kingsferry," Price said.

The pianist Daniel Price, no relation, will open the summer festival in June with Schubert.
`;

/** The derby once the reader has linked each of its Daniel Prices (what the "Link only this mention" case writes). */
const DERBY_PINNED = `---\nlinks:\n  Daniel Price: [daniel-price-council, daniel-price-pianist]\n---\n${DERBY}`;

const FOLDER = '/ws';
const T = NEVER_CANCELLED;
const uri = (name: string) => toUri(inFolder(FOLDER, name));
const applyEdits = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'news', 0, text), edits);

/**
 * A fresh service over the registry and the recital, and what the stdio test did over the
 * wire, here as calls: open or replace an article, hover, ask for code actions, apply one.
 */
async function newsroom() {
  const t: TestService = await startService({ [inFolder(FOLDER, 'entities.yaml')]: REGISTRY, [inFolder(FOLDER, 'recital.news')]: RECITAL }, { folder: FOLDER });
  const documents = new Map<string, TextDocument>();
  const textOf = (name: string) => documents.get(name)!.getText();
  /** Opens or replaces an article, as the editor would, and returns its diagnostics for that version. */
  const show = (name: string, text: string): Diagnostic[] => {
    const open = documents.get(name);
    const document = open ? t.workspace.editDocument(open, text) : t.workspace.openDocument(inFolder(FOLDER, name), text);
    documents.set(name, document);
    const diagnostics = t.service.diagnostics(document.uri);
    assert.ok(diagnostics, `${name} is an open article`);
    return diagnostics;
  };
  /** The `nth` occurrence of `needle` in the article body (after any front matter the test wrote). */
  const bodyNth = (name: string, needle: string, nth: number) => {
    const text = textOf(name);
    const front = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
    return { text, nth: nth + (front.split(needle).length - 1) };
  };
  const hoverAt = (name: string, needle: string, nth = 0) => {
    const at = bodyNth(name, needle, nth);
    const hover = t.service.hover({ textDocument: { uri: uri(name) }, position: inside(at.text, needle, at.nth) }, T);
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
  };
  const actionsAt = (name: string, needle: string, nth = 0, diagnostics: Diagnostic[] = []) => {
    const at = bodyNth(name, needle, nth);
    return t.service.codeActions({ textDocument: { uri: uri(name) }, range: rangeOf(at.text, needle, at.nth), context: { diagnostics } }, T);
  };
  /** Applies a quick fix's edit to the article, as the editor would, and returns the new text and its diagnostics. */
  const apply = (name: string, action: CodeAction) => {
    const edits = action.edit?.changes?.[uri(name)];
    assert.ok(edits && edits.length > 0, `"${action.title}" carries an edit of ${name}`);
    assert.deepEqual(Object.keys(action.edit!.changes!), [uri(name)], 'only the article is edited');
    const text = applyEdits(textOf(name), edits);
    return { text, diagnostics: show(name, text) };
  };
  const references = async (name: string, needle: string, nth = 0) => {
    const at = bodyNth(name, needle, nth);
    await t.service.whenIndexed();
    return t.service.references({ textDocument: { uri: uri(name) }, position: inside(at.text, needle, at.nth), context: { includeDeclaration: false } }, T);
  };
  return { t, show, textOf, hoverAt, actionsAt, apply, references };
}

describe('names several registry entries share, on the language service', () => {
  let n: Awaited<ReturnType<typeof newsroom>>;
  beforeEach(async () => {
    n = await newsroom();
  });
  afterEach(() => n.t.service.dispose());

  it('the hover of a shared name names the other candidates and why the first won', () => {
    n.show('derby.news', DERBY);
    const card = n.hoverAt('derby.news', 'Daniel Price', 0);
    assert.match(card, /Linked here because: [^\n]*full name/, card);
    const chosen = /id `([a-z-]+)`/.exec(card)?.[1];
    const other = chosen === 'daniel-price-council' ? 'daniel-price-pianist' : 'daniel-price-council';
    const others = card.split('Could also be:')[1] ?? '';
    assert.match(others, new RegExp(`^- \\*\\*Daniel Price\\*\\* \\(person\\) — .* · \`${other}\`$`, 'm'), card);
    assert.ok(chosen && !others.includes(`\`${chosen}\``), 'the chosen entry is not offered again');
  });

  it('a name nothing decides gets an Information diagnostic with both entries as related information', () => {
    const diagnostics = n.show('bare.news', BARE);
    const flagged = diagnostics.find((d) => d.code === 'ambiguous-name');
    assert.ok(flagged, `an ambiguous-name diagnostic; got ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`);
    assert.equal(flagged.severity, 3, 'Information');
    assert.deepEqual(flagged.range, rangeOf(BARE, 'Daniel Price', 0));
    const related = (flagged.relatedInformation ?? []).map((r) => r.location.uri);
    assert.deepEqual(related, [uri('entities.yaml'), uri('entities.yaml')]);
    const lines = (flagged.relatedInformation ?? []).map((r) => r.location.range.start.line).sort((a, b) => a - b);
    const nameLines = REGISTRY.split('\n').flatMap((l, i) => (l.includes('name: Daniel Price') ? [i] : []));
    assert.deepEqual(lines, nameLines, 'each points at the name line of its entry');
  });

  it('the quick fix writes the choice into new front matter, and the link follows once re-analysed', () => {
    const diagnostics = n.show('bare.news', BARE);
    const flagged = diagnostics.find((d) => d.code === 'ambiguous-name')!;
    const actions = n.actionsAt('bare.news', 'Daniel Price', 0, [flagged]);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes("Link 'Daniel Price' to Daniel Price (person) — Concert pianist known for Schubert recitals"), JSON.stringify(titles));
    assert.ok(titles.includes("Link 'Daniel Price' to Daniel Price (person) — Leader of Kingsferry town council"), JSON.stringify(titles));
    assert.ok(
      actions.every((a) => !a.isPreferred),
      'no preferred fix on a close call',
    );
    assert.ok(
      actions.every((a) => a.diagnostics?.[0]?.code === 'ambiguous-name'),
      'the fixes answer the diagnostic',
    );
    const current = /id `([a-z-]+)`/.exec(n.hoverAt('bare.news', 'Daniel Price'))![1];
    const other = current === 'daniel-price-council' ? 'daniel-price-pianist' : 'daniel-price-council';
    const pick = actions.find((a) => JSON.stringify(a.edit).includes(`Daniel Price: ${other}`))!;
    const { text, diagnostics: after } = n.apply('bare.news', pick);
    assert.equal(text, `---\nlinks:\n  Daniel Price: ${other}\n---\n${BARE}`);
    assert.ok(!after.some((d) => d.code === 'ambiguous-name'), 'the reader decided: no more flag');
    const followed = n.hoverAt('bare.news', 'Daniel Price');
    assert.match(followed, new RegExp(`id \`${other}\``));
    assert.match(followed, /chosen in this article's front matter/);
  });

  it('"Link only this mention" splits one article\'s two Daniel Prices, and their references stay apart', async () => {
    n.show('derby.news', DERBY);
    const actions = n.actionsAt('derby.news', 'Daniel Price', 1);
    const titles = actions.map((a) => a.title);
    const only = actions.find(
      (a) =>
        a.title === "Link only this mention of 'Daniel Price' (2 of 2) to Daniel Price (person) — Concert pianist known for Schubert recitals" &&
        JSON.stringify(a.edit).includes('daniel-price-pianist'),
    );
    const all = actions.find((a) =>
      a.title.startsWith("Link all 2 mentions of 'Daniel Price' in this article to Daniel Price (person) — Leader of Kingsferry"),
    );
    assert.ok(only && all, JSON.stringify(titles));
    n.apply('derby.news', all);
    const pinned = n.textOf('derby.news');
    assert.match(pinned, /^---\nlinks:\n {2}Daniel Price: daniel-price-council\n---\n/);
    const { text } = n.apply(
      'derby.news',
      n
        .actionsAt('derby.news', 'Daniel Price', 1)
        .find((a) => a.title.startsWith("Link only this mention of 'Daniel Price' (2 of 2)") && JSON.stringify(a.edit).includes('daniel-price-pianist'))!,
    );
    assert.match(text, /^---\nlinks:\n {2}Daniel Price: \[daniel-price-council, daniel-price-pianist\]\n---\n/);
    assert.equal(text, DERBY_PINNED, 'what the Entities view and outline cases start from');
    assert.match(n.hoverAt('derby.news', 'Daniel Price', 0), /id `daniel-price-council`/);
    assert.match(n.hoverAt('derby.news', 'Daniel Price', 1), /id `daniel-price-pianist`/);

    const council = await n.references('derby.news', 'Daniel Price', 0);
    const pianist = await n.references('derby.news', 'Daniel Price', 1);
    assert.ok(
      pianist.some((l) => l.uri === uri('recital.news')),
      "the pianist's references reach the recital",
    );
    const key = (l: Location) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`;
    assert.ok(council.length > 0 && pianist.length > 0);
    assert.deepEqual(
      council.filter((l) => pianist.some((p) => key(p) === key(l))),
      [],
      'no mention in both reference lists',
    );
    assert.ok(!council.some((l) => l.uri === uri('recital.news')), 'the council leader is not in the recital');
    assert.deepEqual(
      pianist.filter((l) => l.uri === uri('derby.news')).map((l) => l.range),
      [rangeOf(text, 'Daniel Price', 2)],
      'the second mention in the body (the first is the front-matter key)',
    );

    const lenses = await n.t.service.codeLenses({ textDocument: { uri: uri('entities.yaml') } }, T);
    assert.equal(lenses.length, 4, 'a code lens on each registry entry');
    const lensAt = (line: number) => lenses.find((l) => l.range.start.line === line)?.command?.title;
    const countOf = (id: string) => {
      const at = REGISTRY.split('\n').findIndex((l) => l.includes(`id: ${id}`)) + 1;
      return lensAt(at);
    };
    const lensTitle = (refs: Location[]) => {
      const articles = new Set(refs.map((l) => l.uri)).size;
      return `${refs.length} mention${refs.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`;
    };
    assert.equal(countOf('daniel-price-pianist'), lensTitle(pianist));
    assert.equal(countOf('daniel-price-council'), lensTitle(council));
  });

  it('a front-matter link to an id the registry does not know gets a Warning on its key', () => {
    const text = `---\nlinks:\n  Daniel Price: [daniel-price-pianst]\n---\n${BARE}`;
    const diagnostics = n.show('bare.news', text);
    const warning = diagnostics.find((d) => d.code === 'unknown-link-id');
    assert.ok(warning, JSON.stringify(diagnostics));
    assert.equal(warning.severity, 2);
    assert.deepEqual(warning.range, rangeOf(text, 'Daniel Price', 0));
    assert.match(typeof warning.message === 'string' ? warning.message : warning.message.value, /"daniel-price-pianst" is not an id in the registry/);
  });

  it('the Entities view follows the front-matter choice: two Daniel Price entries, each with its own mentions', async () => {
    n.show('derby.news', DERBY_PINNED);
    const view = await n.t.service.entities({ uri: uri('derby.news') }, T);
    const people = view.groups.find((g) => g.type === 'person')?.entities ?? [];
    const prices = people
      .filter((e) => e.entityId.startsWith('daniel-price-'))
      .map((e) => [e.entityId, e.name])
      .sort();
    assert.deepEqual(prices, [
      ['daniel-price-council', 'Daniel Price (council leader)'],
      ['daniel-price-pianist', 'Daniel Price (pianist)'],
    ]);
    assert.equal(people.find((e) => e.entityId === 'daniel-price-pianist')?.mentionCount, 1);
  });

  it('the outline tells the two Daniel Prices apart', () => {
    n.show('derby.news', DERBY_PINNED);
    const symbols = n.t.service.documentSymbols({ textDocument: { uri: uri('derby.news') } }, T);
    const people = symbols.find((s) => s.name === 'People')?.children?.map((c) => c.name) ?? [];
    assert.ok(people.includes('Daniel Price (council leader)') && people.includes('Daniel Price (pianist)'), JSON.stringify(people));
  });
});
