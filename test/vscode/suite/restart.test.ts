// The client restarts a crashed server: kill the server process and wait until hovers answer again from a new one.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixtures, firstRegisteredMention, hoverText, openFixture, readRegistry, waitFor } from './helpers';

describe('crash recovery', () => {
  it('restarts the server after it is killed, and hovers work again', async function () {
    this.timeout(60_000);
    const document = await openFixture(fixtures.harborStrike);
    const mention = firstRegisteredMention(document.getText(), await readRegistry());
    assert.ok(mention, 'the sample names a registered entity');
    const position = document.positionAt(mention.offset + 1);
    const hover = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
    await waitFor('a hover before the crash', async () => (await hover()).includes(mention.entry.name));
    const pid = async (): Promise<number | undefined> => {
      try {
        return await vscode.commands.executeCommand<number | undefined>('newsLens.serverProcessId');
      } catch {
        return undefined;
      }
    };
    const before = await waitFor('the server process id', pid);
    process.kill(before, 'SIGKILL');
    const after = await waitFor(
      'a new server process',
      async () => {
        const now = await pid();
        return now !== undefined && now !== before ? now : undefined;
      },
      30_000,
    );
    assert.notEqual(after, before);
    await waitFor('a hover after the restart', async () => (await hover()).includes(mention.entry.name), 30_000);
  });
});
