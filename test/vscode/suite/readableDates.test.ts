// Dates as a reporter reads them in the real VS Code: no inlay hint shows a TIMEX3
// code (`XXXX`, `-W`, a `T` time code), and an article without a publication date
// gets one code lens on its first line, which goes once the front matter gives one.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixtures, openFixture, waitFor } from './helpers';

/** What a reader must never see in a hint. */
const TIMEX_CODE = /XXXX|-W|\dT|T\d{2}:|T(?:MO|AF|EV|NI|DT)\b/;

/** Written for this test: no publication date anywhere, a weekday, a part of day and a clock time. */
const UNDATED =
  'Council backs new tram line\n\nCouncillor Ellen Marsh said the council met on Thursday evening and voted at 6pm. The line opens next month, she said on Friday.\n';

const labelOf = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join(''));

async function hintsOf(document: vscode.TextDocument): Promise<string[]> {
  const range = new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length));
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
  return (hints ?? []).map(labelOf);
}

async function lensesOf(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)) ?? [];
}

describe('readable dates', () => {
  it('no inlay hint in the sample article shows a TIMEX3 code', async () => {
    const document = await openFixture(fixtures.harborStrike);
    let last: string[] = [];
    const hints = await waitFor(
      () => `inlay hints on ${fixtures.harborStrike} (last: ${JSON.stringify(last)})`,
      async () => {
        last = await hintsOf(document);
        return last.length > 0 ? last : undefined;
      },
    );
    for (const hint of hints) assert.ok(!TIMEX_CODE.test(hint), `the hint "${hint}" shows a TIMEX3 code`);
  });

  it('the "No publication date" lens appears on line 1 of an undated article and goes once the date is set', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'news', content: UNDATED });
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    try {
      let last: string[] = [];
      const lens = await waitFor(
        () => `the publication-date code lens (lenses: ${JSON.stringify(last)})`,
        async () => {
          const lenses = await lensesOf(document);
          last = lenses.map((l) => l.command?.title ?? '(unresolved)');
          return lenses.find((l) => l.command?.title.startsWith('No publication date'));
        },
      );
      assert.strictEqual(lens.command?.title, 'No publication date: relative dates cannot be resolved — Set Publication Date…');
      assert.strictEqual(lens.command?.command, 'newsLens.setPublicationDate');
      assert.strictEqual(lens.range.start.line, 0);
      assert.deepStrictEqual(await hintsOf(document), [], 'no hint for dates that cannot be resolved');

      // What Set Publication Date writes: a front-matter date.
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '---\ndate: 2024-05-04\n---\n')), 'the edit was not applied');
      await waitFor(
        () => `the code lens to go (lenses: ${JSON.stringify(last)})`,
        async () => {
          const lenses = await lensesOf(document);
          last = lenses.map((l) => l.command?.title ?? '(unresolved)');
          return lenses.length === 0;
        },
      );
      const hints = await waitFor(
        () => `hints once the date is set (last: ${JSON.stringify(last)})`,
        async () => {
          last = await hintsOf(document);
          return last.some((h) => h.includes('Thu 2 May 2024, evening')) ? last : undefined;
        },
      );
      for (const hint of hints) assert.ok(!TIMEX_CODE.test(hint), `the hint "${hint}" shows a TIMEX3 code`);
      assert.ok(
        hints.some((h) => h.includes('Thu 2 May 2024, 18:00')),
        `6pm belongs to that Thursday: ${JSON.stringify(hints)}`,
      );
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
