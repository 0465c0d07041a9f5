// The "Add … to the registry" quick fix on an unregistered name edits the real
// entities.yaml (in memory, undoable, nothing saved), and the name's hover card then
// says it is registered; undo gives back the registry byte for byte.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { fixtures, fixtureUri, hoverAt, hoverText, openFixture, revertUnsaved, unescapeMarkdown, waitFor } from './helpers';

/** The "not in the registry" diagnostic's message: `"<name>" (<type>) is not in the registry.`, with ` (named N times)` before the stop for a repeated name. */
const UNREGISTERED = /^"(.+)" \((\w+)\) is not in the registry(?: \(named \d+ times\))?\.$/;

/** The hover card over `range` of `document`, as a reader sees it. */
async function cardAt(document: vscode.TextDocument, range: vscode.Range): Promise<string> {
  const start = document.offsetAt(range.start);
  return unescapeMarkdown(hoverText(await hoverAt(document, start, document.offsetAt(range.end) - start)));
}

describe('quick fix', () => {
  const registryUri = () => fixtureUri(fixtures.registry);
  after(() => revertUnsaved(registryUri()));

  it('"Add … to the registry" adds the name to entities.yaml, the hover then says it is registered, and undo restores the file exactly', async () => {
    const originalBytes = await vscode.workspace.fs.readFile(registryUri());
    const registry = await vscode.workspace.openTextDocument(registryUri());
    const originalText = registry.getText();
    const document = await openFixture(fixtures.harborStrike);
    const diagnostic = await waitFor(
      () =>
        `a "not in the registry" diagnostic on ${fixtures.harborStrike} (now: ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => d.message))})`,
      () => {
        const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'News Lens' && UNREGISTERED.test(d.message));
        return found.find((d) => UNREGISTERED.exec(d.message)![2] === 'person') ?? found[0];
      },
    );
    const [, name, type] = UNREGISTERED.exec(diagnostic.message)!;
    assert.strictEqual(document.getText(diagnostic.range), name, 'the diagnostic should underline the name it is about');
    assert.ok(!originalText.includes(`name: ${name}`), `${name} is already in ${fixtures.registry}`);
    const before = await waitFor(`the hover over ${name}`, async () => {
      const card = await cardAt(document, diagnostic.range);
      return card.includes(name) ? card : undefined;
    });
    assert.ok(
      before.split('\n')[0].includes('not in the registry — '),
      `before the fix the card should say "not in the registry — Add…", got ${JSON.stringify(before.split('\n')[0])}`,
    );

    const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
    );
    const titles = (actions ?? []).map((a) => a.title);
    const add = (actions ?? []).find((a): a is vscode.CodeAction => a.title.startsWith(`Add "${name}" to the registry`));
    assert.ok(add, `no "Add "${name}" to the registry" action among ${JSON.stringify(titles)}`);
    assert.ok(add.edit, `the action "${add.title}" carries no edit`);
    assert.ok(await vscode.workspace.applyEdit(add.edit), 'VS Code did not apply the quick fix');
    try {
      const added = registry.getText();
      const entries = (parse(added) as { entities: Array<{ name: string; type: string }> }).entities;
      const entry = entries.find((e) => e.name === name);
      assert.ok(entry, `after the fix ${fixtures.registry} should hold ${name}; text:\n${added}`);
      assert.strictEqual(entry.type, type, `${name} should be added as a ${type}`);
      assert.strictEqual(entries.length, (parse(originalText) as { entities: unknown[] }).entities.length + 1, 'exactly one entry should be added');
      assert.ok(registry.isDirty, 'the fix should leave the registry edited but unsaved');
      let card = '';
      await waitFor(
        () => `the hover over ${name} to show a registered card (last: ${JSON.stringify(card.split('\n')[0])})`,
        async () => {
          card = await cardAt(document, diagnostic.range);
          return card.startsWith(`**${name}** — ${type}`) && !card.split('\n')[0].includes('not in the registry');
        },
      );
    } finally {
      // Undo in the registry's editor until the text is the original again.
      await vscode.window.showTextDocument(registry, { preview: false });
      for (let i = 0; i < 10 && registry.getText() !== originalText; i++) await vscode.commands.executeCommand('undo');
    }
    assert.strictEqual(registry.getText(), originalText, 'undo should give back the original registry text');
    // VS Code for the Web may auto save the edited registry while the hover is awaited (as sharedName.test.ts notes):
    // once undone, the registry must be byte for byte what it was, in the editor and on disk.
    if (registry.isDirty) await registry.save();
    await waitFor(`${fixtures.registry} on disk to be byte for byte the original`, async () =>
      Buffer.from(await vscode.workspace.fs.readFile(registryUri())).equals(Buffer.from(originalBytes)),
    );
    await waitFor(`the hover over ${name} to say "not in the registry" again after undo`, async () =>
      (await cardAt(document, diagnostic.range)).split('\n')[0].includes('not in the registry — '),
    );
  });
});
