// The Outline view: the article's headline and the people and organisations it names.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixtures, firstRegisteredMention, openFixture, readRegistry, waitFor } from './helpers';

function symbolNames(symbols: Array<vscode.DocumentSymbol | vscode.SymbolInformation>): string[] {
  return symbols.flatMap((s) => [s.name, ...('children' in s ? symbolNames(s.children) : [])]);
}

describe('outline', () => {
  it('lists the headline and a registered person of a sample', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const headline = document
      .getText()
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')!
      .trim();
    const mention = firstRegisteredMention(document.getText(), await readRegistry(), 'person');
    assert.ok(mention, `no registered person occurs in ${fixtures.harborStrike}`);
    let names: string[] = [];
    await waitFor(
      () => `outline symbols (got ${JSON.stringify(names)})`,
      async () => {
        const symbols = await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>(
          'vscode.executeDocumentSymbolProvider',
          document.uri,
        );
        names = symbolNames(symbols ?? []);
        return names.length > 0;
      },
    );
    const headStart = headline.slice(0, 30);
    assert.ok(
      names.some((n) => n.includes(headStart)),
      `outline ${JSON.stringify(names)} should include the headline ${JSON.stringify(headline)}`,
    );
    assert.ok(
      names.some((n) => n.includes(mention.entry.name)),
      `outline ${JSON.stringify(names)} should include ${JSON.stringify(mention.entry.name)}`,
    );
  });
});
