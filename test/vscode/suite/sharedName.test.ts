// A name two registry entries share (the town Kingsferry and its football club): the
// reader picks the other entry through the quick fix, the choice lands in the
// article's front matter as one undoable edit, the hover follows it, and undo gives
// back the article byte for byte.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixtures, fixtureUri, hoverAt, hoverText, openFixture, revertUnsaved, unescapeMarkdown, waitFor } from './helpers';

/** The entry id a hover card names (`id \`kingsferry\``), or undefined. */
function idOnCard(card: string): string | undefined {
  return /\bid `([^`]+)`/.exec(card)?.[1];
}

describe('a name several registry entries share', () => {
  const uri = () => fixtureUri(fixtures.sharedName);
  after(() => revertUnsaved(uri()));

  it('the quick fix links the name to the other entry through the front matter, the hover follows, and undo restores the article exactly', async () => {
    const originalBytes = await vscode.workspace.fs.readFile(uri());
    const document = await openFixture(fixtures.sharedName);
    const original = document.getText();
    assert.ok(!original.startsWith('---'), `${fixtures.sharedName} should start without front matter`);
    // "Kingsferry drew 1-1": the club's alias, which is also the town's name.
    const offset = original.indexOf('Kingsferry drew');
    assert.ok(offset > 0, `no "Kingsferry drew" in ${fixtures.sharedName}`);
    const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset + 'Kingsferry'.length));
    const card = async () => unescapeMarkdown(hoverText(await hoverAt(document, offset, 'Kingsferry'.length)));

    const before = await waitFor(
      () => 'a hover over "Kingsferry" listing the other entry it could be',
      async () => {
        const text = await card();
        return text.includes('Could also be:') || text.includes('Could be:') ? text : undefined;
      },
    );
    const current = idOnCard(before);
    let actions: vscode.CodeAction[] = [];
    await waitFor(
      () => `"Link … Kingsferry …" quick fixes (got ${JSON.stringify(actions.map((a) => a.title))})`,
      async () => {
        const all =
          (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
        actions = all.filter((a): a is vscode.CodeAction => 'edit' in a && !!a.edit && /^Link .*'Kingsferry'/.test(a.title));
        return actions.length >= 2;
      },
    );
    // The fix for the entry the card does not show, for every mention of the form (not "only this mention").
    const target = (a: vscode.CodeAction) =>
      /Kingsferry: ([a-z-]+)/.exec(
        a
          .edit!.get(document.uri)
          .map((e) => e.newText)
          .join(''),
      )?.[1];
    const pick = actions.find((a) => !a.title.startsWith('Link only') && target(a) && target(a) !== current);
    assert.ok(pick, `no quick fix linking "Kingsferry" to an entry other than ${current}; got ${JSON.stringify(actions.map((a) => a.title))}`);
    const chosen = target(pick)!;

    assert.ok(await vscode.workspace.applyEdit(pick.edit!), 'VS Code did not apply the quick fix');
    try {
      const edited = document.getText();
      assert.strictEqual(edited, `---\nlinks:\n  Kingsferry: ${chosen}\n---\n${original}`, 'the choice should be a new front-matter block and nothing else');
      const shifted = edited.indexOf('Kingsferry drew');
      let after = '';
      await waitFor(
        () => `the hover over "Kingsferry" to show ${chosen} (last: ${JSON.stringify(after.split('\n').slice(0, 3))})`,
        async () => {
          after = unescapeMarkdown(hoverText(await hoverAt(document, shifted, 'Kingsferry'.length)));
          return idOnCard(after) === chosen && after.includes("chosen in this article's front matter");
        },
      );
    } finally {
      await vscode.window.showTextDocument(document, { preview: false });
      for (let i = 0; i < 10 && document.getText() !== original; i++) await vscode.commands.executeCommand('undo');
    }
    assert.strictEqual(document.getText(), original, 'undo should give back the article text exactly');
    // VS Code for the Web saves after a delay (files.autoSave: afterDelay), so the edited text may have reached the disk
    // while the hover was awaited: once undone, the article must be byte for byte what it was, in the editor and on disk.
    if (document.isDirty) await document.save();
    await waitFor(`${fixtures.sharedName} on disk to be byte for byte the original`, async () =>
      Buffer.from(await vscode.workspace.fs.readFile(uri())).equals(Buffer.from(originalBytes)),
    );
    await waitFor(`the hover over "Kingsferry" to show ${current} again after undo`, async () => idOnCard(await card()) === current);
  });
});
