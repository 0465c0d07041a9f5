// Issue 16: "Add … to the registry as…" lets the reader pick the type, with the detected
// one first, and the aliases (the article's other forms, all ticked); the entry is written
// (unsaved, undoable) and "Open entry" shows it. The first test drives the real quick picks
// by accepting their first item, so it fails if the detected type is not first; the second
// picks another type through the command's answers. Undo restores the registry.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { fixtures, fixtureUri, openFixture, revertUnsaved, waitFor } from './helpers';

/** A "not in the registry" diagnostic's name and type. */
const UNREGISTERED = /^"(.+)" \((\w+)\) is not in the registry(?: \(named \d+ times\))?\.$/;

type Entry = { id: string; name: string; type: string; aliases?: string[] };

describe('add to registry with a type and aliases the reader picks', () => {
  const registryUri = () => fixtureUri(fixtures.registry);
  afterEach(() => revertUnsaved(registryUri()));

  /** The "Add … as…" action of the first unregistered person of harbor-strike.news, with its arguments. */
  async function pickAction(): Promise<{
    name: string;
    type: string;
    action: vscode.CodeAction;
    args: { uri: string; name: string; type: string; aliases: string[] };
  }> {
    const document = await openFixture(fixtures.harborStrike);
    const diagnostic = await waitFor(
      () => `an unregistered person on ${fixtures.harborStrike} (now: ${JSON.stringify(vscode.languages.getDiagnostics(document.uri).map((d) => d.message))})`,
      () => vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'News Lens' && UNREGISTERED.exec(d.message)?.[2] === 'person'),
    );
    const [, name, type] = UNREGISTERED.exec(diagnostic.message)!;
    const actions = (await vscode.commands.executeCommand<Array<vscode.CodeAction>>('vscode.executeCodeActionProvider', document.uri, diagnostic.range)) ?? [];
    const action = actions.find((a) => a.title === `Add "${name}" to the registry as…`);
    assert.ok(action?.command, `no "Add "${name}" to the registry as…" among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.strictEqual(action.command.command, 'newsLens.addToRegistry');
    assert.ok(!actions.some((a) => / an other\b/.test(a.title)), 'no title reads "as an other"');
    return { name, type, action, args: action.command.arguments![0] };
  }

  async function entries(): Promise<Entry[]> {
    const registry = await vscode.workspace.openTextDocument(registryUri());
    return (parse(registry.getText()) as { entities: Entry[] }).entities;
  }

  /**
   * Undoes the addition, then makes sure no later test sees it: VS Code for the Web saves after a
   * delay whatever the setting, so the added entry may have reached the disk; save the original
   * text and wait for it there, and for the server to report the name as unregistered again.
   */
  async function undoUntil(originalText: string, name: string): Promise<void> {
    const registry = await vscode.workspace.openTextDocument(registryUri());
    await vscode.window.showTextDocument(registry, { preview: false });
    for (let i = 0; i < 10 && registry.getText() !== originalText; i++) await vscode.commands.executeCommand('undo');
    assert.strictEqual(registry.getText(), originalText, 'undo should give back the original registry text');
    if (registry.isDirty) await registry.save();
    await waitFor(
      `${fixtures.registry} back to its original text on disk`,
      async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(registryUri())) === originalText,
    );
    const article = fixtureUri(fixtures.harborStrike);
    await waitFor(`"${name}" reported as not in the registry again`, () =>
      vscode.languages.getDiagnostics(article).some((d) => UNREGISTERED.exec(d.message)?.[1] === name),
    );
  }

  it('the type quick pick offers the detected type first and the alias pick ticks the article’s forms', async () => {
    const originalText = (await vscode.workspace.openTextDocument(registryUri())).getText();
    const { name, type, args } = await pickAction();
    assert.ok(args.aliases.length > 0, `the article's other forms or the surname of ${name} are offered as aliases`);
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand<{ registryUri: string; id: string } | undefined>('newsLens.addToRegistry', args)).finally(
      () => (settled = true),
    );
    // Accept the first item of each quick pick as it opens: the type, then the aliases as ticked.
    await waitFor('the two quick picks to be answered', async () => {
      if (settled) return true;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled;
    });
    const added = await running;
    try {
      assert.ok(added, 'the command reports the entry it added');
      const entry = (await entries()).find((e) => e.name === name);
      assert.ok(entry, `${name} is in the registry`);
      assert.strictEqual(entry.type, type, 'the first item of the type pick is the detected type');
      assert.deepStrictEqual(entry.aliases, args.aliases, 'every offered alias was ticked');
      assert.strictEqual(entry.id, added.id);
    } finally {
      await undoUntil(originalText, name);
    }
  });

  it('writes the type and aliases chosen, and "Open entry" opens the registry at the new entry', async () => {
    const originalText = (await vscode.workspace.openTextDocument(registryUri())).getText();
    const { name, type, args } = await pickAction();
    const other = type === 'organization' ? 'person' : 'organization';
    const added = await vscode.commands.executeCommand<{ registryUri: string; id: string } | undefined>('newsLens.addToRegistry', args, {
      type: other,
      aliases: [],
    });
    try {
      assert.ok(added, 'the command reports the entry it added');
      const entry = (await entries()).find((e) => e.name === name);
      assert.ok(entry, `${name} is in the registry`);
      assert.strictEqual(entry.type, other, 'the chosen type is written, not the detected one');
      assert.strictEqual(entry.aliases, undefined, 'no alias when none is chosen');
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('newsLens.openRegistryEntry', added.registryUri, added.id);
      assert.strictEqual(editor.document.uri.toString(), registryUri().toString());
      const line = editor.document.lineAt(editor.selection.active.line).text;
      assert.match(line, new RegExp(`\\bid:\\s*${added.id}\\b`), `the cursor is on the entry's id line, got ${JSON.stringify(line)}`);
    } finally {
      await undoUntil(originalText, name);
    }
  });
});
