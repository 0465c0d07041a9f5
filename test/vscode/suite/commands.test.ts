// The commands a user finds in the palette exist, and restarting the server (what the
// status bar item offers) leaves the features working.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixtures, firstRegisteredMention, hoverAt, hoverText, openFixture, readRegistry, waitFor } from './helpers';

const expectedCommands = ['newsLens.treatAsArticle', 'newsLens.treatAsPlainText', 'newsLens.restartServer', 'newsLens.openRegistry'];

describe('commands', () => {
  it('registers the News Lens commands', async () => {
    await openFixture(fixtures.harborStrike);
    let missing: string[] = [];
    await waitFor(
      () => `commands ${expectedCommands.join(', ')} (missing ${missing.join(', ')})`,
      async () => {
        const all = new Set(await vscode.commands.getCommands(true));
        missing = expectedCommands.filter((c) => !all.has(c));
        return missing.length === 0;
      },
    );
  });

  it('keeps hovers working after "newsLens.restartServer"', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const mention = firstRegisteredMention(document.getText(), await readRegistry());
    assert.ok(mention, `no registered name occurs in ${fixtures.harborStrike}`);
    const hoverShowsName = async () => hoverText(await hoverAt(document, mention.offset, mention.surface.length)).includes(mention.entry.name);
    await waitFor('a hover before the restart', hoverShowsName);
    await vscode.commands.executeCommand('newsLens.restartServer');
    await waitFor(() => `a hover naming ${mention.entry.name} after the restart`, hoverShowsName);
  });
});
