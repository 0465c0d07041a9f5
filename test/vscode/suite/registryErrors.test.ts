// A YAML error in entities.yaml is shown where it is, the last good registry keeps
// the hover cards working meanwhile, and the error goes away when the text is fixed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  fixtures,
  fixtureUri,
  hoverAt,
  hoverText,
  newsLensDiagnostics,
  openFixture,
  readRegistry,
  registeredMentions,
  revertUnsaved,
  unescapeMarkdown,
  waitFor,
} from './helpers';

/** A line YAML cannot parse: a nested mapping in a compact one. */
const BROKEN_LINE = '  - id: broken: entry: here\n';

/** Errors and warnings only: Information (a name several entries share) is legal and may be in the sample. */
function problems(uri: vscode.Uri): vscode.Diagnostic[] {
  return newsLensDiagnostics(uri).filter((d) => d.severity !== vscode.DiagnosticSeverity.Information && d.severity !== vscode.DiagnosticSeverity.Hint);
}

function describeDiagnostics(diagnostics: vscode.Diagnostic[]): string {
  return JSON.stringify(diagnostics.map((d) => `${d.range.start.line + 1}: [${d.source}] ${d.message}`));
}

describe('registry errors', () => {
  const registryUri = () => fixtureUri(fixtures.registry);
  after(() => revertUnsaved(registryUri()));

  it('shows a YAML error on the broken line, keeps hover cards from the last good registry, and clears the error once fixed', async () => {
    const registryEntries = await readRegistry();
    const article = await openFixture(fixtures.harborStrike);
    const entry = registryEntries.find((e) => e.description && registeredMentions(article.getText(), e).length > 0);
    assert.ok(entry, `no registered name with a description occurs in ${fixtures.harborStrike}`);
    const mention = registeredMentions(article.getText(), entry)[0];
    const card = async () => unescapeMarkdown(hoverText(await hoverAt(article, mention.offset, mention.surface.length)));
    await waitFor(`the card of ${entry.name} before the edit`, async () => (await card()).includes(entry.description!));

    const registry = await vscode.workspace.openTextDocument(registryUri());
    await vscode.window.showTextDocument(registry, { preview: false });
    const originalText = registry.getText();
    assert.deepStrictEqual(
      problems(registry.uri),
      [],
      `the sample registry should start without News Lens errors or warnings, has ${describeDiagnostics(problems(registry.uri))}`,
    );
    const brokenLine = originalText.split(/\r?\n/).findIndex((l) => /^entities:\s*$/.test(l)) + 1;
    assert.ok(brokenLine > 0, `no "entities:" line in ${fixtures.registry}`);

    const breakIt = new vscode.WorkspaceEdit();
    breakIt.insert(registry.uri, new vscode.Position(brokenLine, 0), BROKEN_LINE);
    assert.ok(await vscode.workspace.applyEdit(breakIt), 'VS Code did not apply the breaking edit');
    try {
      const errors = await waitFor(
        () =>
          `a News Lens error on line ${brokenLine + 1} of ${fixtures.registry} (now: ${describeDiagnostics(vscode.languages.getDiagnostics(registry.uri))})`,
        () => {
          const found = newsLensDiagnostics(registry.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
          return found.length > 0 ? found : undefined;
        },
      );
      assert.ok(
        errors.every((d) => d.range.start.line === brokenLine),
        `every error should be on the broken line ${brokenLine + 1}: ${describeDiagnostics(errors)}`,
      );
      const text = unescapeMarkdown(await card());
      assert.ok(
        text.startsWith(`**${entry.name}** — ${entry.type}`) && text.includes(entry.description!),
        `while the registry is broken the card of "${mention.surface}" should still show ${entry.name} and its description, got ${JSON.stringify(text)}`,
      );
    } finally {
      const fixIt = new vscode.WorkspaceEdit();
      fixIt.delete(registry.uri, new vscode.Range(brokenLine, 0, brokenLine + 1, 0));
      await vscode.workspace.applyEdit(fixIt);
    }
    assert.strictEqual(registry.getText(), originalText, 'removing the line should give back the original text');
    // VS Code for the Web saves after a delay by default (files.autoSave: afterDelay), so on a slow machine the broken
    // text may have reached the disk: save the fixed text and wait for it there before any later test reads the file.
    if (registry.isDirty) await registry.save();
    await waitFor(
      `${fixtures.registry} fixed on disk`,
      async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(registry.uri)) === originalText,
    );
    await waitFor(
      () => `the News Lens problems of ${fixtures.registry} to clear (now: ${describeDiagnostics(problems(registry.uri))})`,
      () => problems(registry.uri).length === 0,
    );
    await waitFor(`the card of ${entry.name} after the fix`, async () => (await card()).includes(entry.description!));
  });
});
