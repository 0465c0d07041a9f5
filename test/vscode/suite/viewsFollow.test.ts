// Views follow every change (issue 16, "Stale views"): after the "Add … to the registry"
// quick fix the Outline stops saying "unregistered" (VS Code caches an outline per
// document version, and the article's text did not change: the server renews its
// outline provider's registration so VS Code asks again), and the name's tokens and
// Problems follow; after a registry edit two names the registry now joins are one entity
// in the Outline, no longer split; and the hover's "not in the registry — Add…" link runs
// our command, which the client trusts (and no other). Every registry edit is made in
// memory; afterwards the registry gets its original text back and is saved, so later tests
// see the file as it was even if the web workbench's auto save wrote an edit meanwhile.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixtures, fixtureUri, hoverAt, hoverText, newsLensDiagnostics, openFixture, waitFor } from './helpers';
import { fetchSemanticTokens, tokensCovering } from './semanticTokens';

/** The "not in the registry" diagnostic's message: `"<name>" (<type>) is not in the registry.` */
const UNREGISTERED = /^"(.+)" \((\w+)\) is not in the registry\.$/;

/** Written for this test: one councillor under two names, which only the registry can join. */
const TWO_NAMES = [
  'Council backs new tram line after long debate',
  '',
  'HARBOURTON, May 2 (Coastline Wire) -- Councillor Ellen Marsh won the vote on the new tram line by two votes.',
  '',
  'Colleagues who have worked with Nell Marsh for a decade said the result surprised no one.',
  '',
].join('\n');

/** The entity symbols of an outline (the children of People, Organizations, …), by name, with their detail. */
async function outlineEntities(uri: vscode.Uri): Promise<Map<string, string>> {
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  const entities = new Map<string, string>();
  for (const group of symbols) for (const child of group.children ?? []) if (/\bmentions?\b/.test(child.detail)) entities.set(child.name, child.detail);
  return entities;
}

/** Appends `entry` (YAML lines) to the workspace registry in memory, as one edit. */
async function appendToRegistry(entry: string): Promise<vscode.TextDocument> {
  const registry = await vscode.workspace.openTextDocument(fixtureUri(fixtures.registry));
  const end = registry.positionAt(registry.getText().length);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(registry.uri, end, `${registry.getText().endsWith('\n') ? '' : '\n'}${entry}`);
  assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code did not apply the registry edit');
  return registry;
}

/** Gives the registry `original` back, in the buffer and on disk. */
async function restoreRegistry(original: string): Promise<void> {
  const registry = await vscode.workspace.openTextDocument(fixtureUri(fixtures.registry));
  if (registry.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(registry.uri, new vscode.Range(registry.positionAt(0), registry.positionAt(registry.getText().length)), original);
    assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code did not restore the registry');
  }
  // save() answers false when the web workbench's auto save got there first: what counts is the disk.
  if (registry.isDirty) await registry.save();
  await waitFor(
    'the registry to be its original text again, on disk and saved',
    async () => !registry.isDirty && new TextDecoder().decode(await vscode.workspace.fs.readFile(registry.uri)) === original,
  );
}

describe('views follow every change', () => {
  const registryUri = () => fixtureUri(fixtures.registry);
  let original = '';
  before(async () => {
    original = new TextDecoder().decode(await vscode.workspace.fs.readFile(registryUri()));
  });
  afterEach(() => restoreRegistry(original));

  it('the Outline, the tokens and the Problems drop "unregistered" after the "Add … to the registry" quick fix, and take it back once the registry is restored', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const diagnostic = await waitFor(
      () => `a "not in the registry" diagnostic on ${fixtures.harborStrike}`,
      () => {
        const found = newsLensDiagnostics(document.uri).filter((d) => UNREGISTERED.test(d.message));
        return found.find((d) => UNREGISTERED.exec(d.message)![2] === 'person') ?? found[0];
      },
    );
    const [, name] = UNREGISTERED.exec(diagnostic.message)!;
    let outline = new Map<string, string>();
    await waitFor(
      () => `the Outline to list ${name} as unregistered (got ${JSON.stringify([...outline])})`,
      async () => {
        outline = await outlineEntities(document.uri);
        return outline.get(name)?.includes('unregistered');
      },
    );
    const actions =
      (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', document.uri, diagnostic.range)) ??
      [];
    const add = actions.find((a): a is vscode.CodeAction => a.title.startsWith(`Add "${name}" to the registry`) && 'edit' in a && !!a.edit);
    assert.ok(add, `no "Add "${name}" to the registry" quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(add.edit!), 'VS Code did not apply the quick fix');

    await waitFor(
      () => `the Outline to list ${name} as registered after the quick fix (got ${JSON.stringify(outline.get(name))})`,
      async () => {
        outline = await outlineEntities(document.uri);
        return outline.has(name) && !outline.get(name)!.includes('unregistered');
      },
    );
    const offset = document.offsetAt(diagnostic.range.start);
    let modifiers: string[] = [];
    await waitFor(
      () => `the tokens of ${name} to say registered (got ${JSON.stringify(modifiers)})`,
      async () => {
        modifiers = tokensCovering((await fetchSemanticTokens(document.uri)) ?? [], document, offset, name.length).flatMap((t) => t.modifiers);
        return modifiers.includes('registered');
      },
    );
    await waitFor(`the Problems panel to drop "${name}"`, () => !newsLensDiagnostics(document.uri).some((d) => d.message.startsWith(`"${name}"`)));

    await restoreRegistry(original);
    await waitFor(
      () => `the Outline to list ${name} as unregistered again once the registry is reverted (got ${JSON.stringify(outline.get(name))})`,
      async () => {
        outline = await outlineEntities(document.uri);
        return outline.get(name)?.includes('unregistered');
      },
    );
  });

  it('after a registry edit joins two names, the Outline lists one entity instead of two', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'news', content: TWO_NAMES });
    await vscode.window.showTextDocument(document, { preview: false });
    try {
      let outline = new Map<string, string>();
      await waitFor(
        () => `two unregistered councillors in the Outline (got ${JSON.stringify([...outline])})`,
        async () => {
          outline = await outlineEntities(document.uri);
          return outline.get('Ellen Marsh')?.includes('unregistered') && outline.get('Nell Marsh')?.includes('unregistered');
        },
      );
      await appendToRegistry('  - id: ellen-marsh\n    name: Ellen Marsh\n    type: person\n    aliases: [Nell Marsh]\n');
      await waitFor(
        () => `one registered councillor with two mentions (got ${JSON.stringify([...outline])})`,
        async () => {
          outline = await outlineEntities(document.uri);
          return outline.get('Ellen Marsh') === '2 mentions' && !outline.has('Nell Marsh');
        },
      );
      const nell = TWO_NAMES.indexOf('Nell Marsh');
      let modifiers: string[] = [];
      await waitFor(
        () => `"Nell Marsh" to be coloured as registered (got ${JSON.stringify(modifiers)})`,
        async () => {
          modifiers = tokensCovering((await fetchSemanticTokens(document.uri)) ?? [], document, nell, 'Nell Marsh'.length).flatMap((t) => t.modifiers);
          return modifiers.includes('registered');
        },
      );
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('the hover\'s "not in the registry — Add…" link is trusted for our command only, and running it registers the name', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const diagnostic = await waitFor(
      () => `a "not in the registry" diagnostic on ${fixtures.harborStrike}`,
      () => newsLensDiagnostics(document.uri).find((d) => UNREGISTERED.test(d.message)),
    );
    const [, name, type] = UNREGISTERED.exec(diagnostic.message)!;
    const offset = document.offsetAt(diagnostic.range.start);
    const hover = await waitFor(`a card with an "Add…" link over "${name}"`, async () => {
      const hovers = await hoverAt(document, offset, name.length);
      return hoverText(hovers).includes('not in the registry — [Add…](command:') ? hovers : undefined;
    });
    const markdown = hover.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value.includes('command:'));
    assert.ok(markdown, 'the card is a MarkdownString');
    assert.deepStrictEqual(markdown.isTrusted, { enabledCommands: ['newsLens.addSelectionToRegistry'] }, 'trusted for our command only');
    const link = /\[Add…\]\(command:([\w.]+)\?([^)]*)\)/.exec(markdown.value);
    assert.ok(link, markdown.value);
    const args = JSON.parse(decodeURIComponent(link[2])) as unknown[];
    assert.deepStrictEqual(args, [document.uri.toString(), name, type]);
    // What clicking the link does.
    await vscode.commands.executeCommand(link[1], ...args);
    const registry = await vscode.workspace.openTextDocument(registryUri());
    assert.ok(registry.getText().includes(`name: ${name}`), `${name} is in the registry now`);
    await waitFor(`the card over "${name}" to drop "not in the registry"`, async () => {
      const card = hoverText(await hoverAt(document, offset, name.length));
      return card.startsWith(`**${name}** — ${type}`) && !card.includes('not in the registry');
    });
  });
});
