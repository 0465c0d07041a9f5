/**
 * Names several registry entries share (issue 10 part 3), over stdio against the bundled
 * server: the protocol of the feature, not the feature's every case. A name the linker
 * cannot decide arrives in a publishDiagnostics notification as an Information diagnostic
 * whose related information points at the registry file on disk; that diagnostic, sent back
 * in a textDocument/codeAction request, gets quick fixes whose WorkspaceEdit, applied by the
 * test as an editor would and sent as didChange, moves the link and clears the flag in the
 * next publication. The feature cases (the hover's other candidates, "Link only this
 * mention", unknown ids in front matter, references, code lenses, the Entities view and the
 * outline) live in test/unit/service/ambiguity.test.ts, on the language service over an
 * in-memory workspace (issue 14). Everything here is invented for the test.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, Location, MarkupContent, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type TestServer } from '../support/lspClient';
import { inside, pollUntil, rangeOf } from '../support/textPositions';
import { REGISTRY, BARE, RECITAL } from '../support/ambiguityNewsroom';

const applyEdits = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'news', 0, text), edits);
const valueOf = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

describe('names several registry entries share, over stdio', () => {
  let folder: string;
  let server: TestServer;
  const uri = (name: string) => pathToFileURL(join(folder, name)).toString();
  const texts = new Map<string, string>();
  const versions = new Map<string, number>();

  /** Opens or replaces an article and waits for the diagnostics of that version. */
  const show = async (name: string, text: string): Promise<Diagnostic[]> => {
    const from = server.received.length;
    const version = (versions.get(name) ?? 0) + 1;
    versions.set(name, version);
    if (texts.has(name)) server.change(uri(name), text, version);
    else server.open(uri(name), text);
    texts.set(name, text);
    const published = await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri(name) && p.version === version, {
      from,
    });
    return published.diagnostics;
  };
  /** The `nth` occurrence of `needle` in the article body (after any front matter the test wrote). */
  const bodyNth = (name: string, needle: string, nth: number) => {
    const text = texts.get(name)!;
    const front = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
    return { text, nth: nth + (front.split(needle).length - 1) };
  };
  const hoverAt = async (name: string, needle: string, nth = 0) => {
    const at = bodyNth(name, needle, nth);
    return valueOf(
      await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri(name) }, position: inside(at.text, needle, at.nth) }),
    );
  };
  const actionsAt = (name: string, needle: string, nth = 0, diagnostics: Diagnostic[] = []) => {
    const at = bodyNth(name, needle, nth);
    return server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri(name) },
      range: rangeOf(at.text, needle, at.nth),
      context: { diagnostics },
    });
  };
  /** Applies a quick fix's edit to the text the test holds and sends it, as an editor would. */
  const apply = async (name: string, action: CodeAction) => {
    const edits = action.edit?.changes?.[uri(name)];
    assert.ok(edits && edits.length > 0, `"${action.title}" carries an edit of ${name}`);
    assert.deepEqual(Object.keys(action.edit!.changes!), [uri(name)], 'only the article is edited');
    const text = applyEdits(texts.get(name)!, edits);
    return { text, diagnostics: await show(name, text) };
  };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'news-lens-ambiguity-'));
    writeFileSync(join(folder, 'entities.yaml'), REGISTRY);
    writeFileSync(join(folder, 'recital.news'), RECITAL);
    server = await startServer(folder);
    await pollUntil(
      () => server.connection.sendRequest<Location[]>('workspace/symbol', { query: 'Daniel Price' }).then((s) => s as unknown[]),
      (s) => s.length >= 2,
      'the first index',
    );
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('a name nothing decides gets an Information diagnostic with both entries as related information', async () => {
    const diagnostics = await show('bare.news', BARE);
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

  it('the quick fix writes the choice into new front matter, and the link follows once re-analysed', async () => {
    const diagnostics = await show('bare.news', BARE);
    const flagged = diagnostics.find((d) => d.code === 'ambiguous-name')!;
    const actions = await actionsAt('bare.news', 'Daniel Price', 0, [flagged]);
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
    const current = /id `([a-z-]+)`/.exec(await hoverAt('bare.news', 'Daniel Price'))![1];
    const other = current === 'daniel-price-council' ? 'daniel-price-pianist' : 'daniel-price-council';
    const pick = actions.find((a) => JSON.stringify(a.edit).includes(`Daniel Price: ${other}`))!;
    const { text, diagnostics: after } = await apply('bare.news', pick);
    assert.equal(text, `---\nlinks:\n  Daniel Price: ${other}\n---\n${BARE}`);
    assert.ok(!after.some((d) => d.code === 'ambiguous-name'), 'the reader decided: no more flag');
    const followed = await hoverAt('bare.news', 'Daniel Price');
    assert.match(followed, new RegExp(`id \`${other}\``));
    assert.match(followed, /chosen in this article's front matter/);
  });

  it('"Link only this mention" fixes for two entries of the same name and type can be told apart', async () => {
    const text = 'Council and concert news\n\nDaniel Price spoke on Monday. Later Daniel Price spoke again.\n';
    await show('two-prices.news', text);
    const only = (await actionsAt('two-prices.news', 'Daniel Price', 1)).map((a) => a.title).filter((t) => t.startsWith('Link only this mention'));
    assert.deepEqual(
      [...only].sort(),
      [
        "Link only this mention of 'Daniel Price' (2 of 2) to Daniel Price (person) — Concert pianist known for Schubert recitals",
        "Link only this mention of 'Daniel Price' (2 of 2) to Daniel Price (person) — Leader of Kingsferry town council",
      ],
      'each title names its entry',
    );
  });
});
