// The hover card a user reads over a registered name: canonical name, type and the
// registry's description, and which other articles of the workspace mention it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  currentText,
  fixtures,
  fixtureUri,
  headlineOf,
  hoverAt,
  hoverText,
  openFixture,
  readRegistry,
  registeredMentions,
  unescapeMarkdown,
  waitFor,
  workspaceRoot,
  type RegistryEntry,
} from './helpers';

/** Files the server indexes as articles; `.txt` files count when they read like one, so they are included (a shopping list names no one). */
async function workspaceArticles(): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(workspaceRoot())).map(([name]) => name).filter((name) => /\.(news|article|txt)$/.test(name));
}

/** Waits for the hover over the first mention of `entry` in `document` to name it, and returns it as a reader sees it. */
async function cardFor(document: vscode.TextDocument, entry: RegistryEntry): Promise<string> {
  const mention = registeredMentions(document.getText(), entry)[0];
  assert.ok(mention, `${entry.name} is not written in ${document.uri.path}`);
  let last = '';
  return waitFor(
    () => `a hover card for "${mention.surface}" naming ${entry.name} (last: ${JSON.stringify(last)})`,
    async () => {
      last = unescapeMarkdown(hoverText(await hoverAt(document, mention.offset, mention.surface.length)));
      return last.includes(entry.name) ? last : undefined;
    },
  );
}

describe('hover card', () => {
  it('shows canonical name, type, description and the other article that mentions a registered person', async () => {
    const followUpText = await currentText(fixtureUri(fixtures.followUp));
    const document = await openFixture(fixtures.harborStrike);
    const registry = await readRegistry();
    const shared = registry.filter(
      (e) => e.type === 'person' && e.description && registeredMentions(document.getText(), e).length > 0 && registeredMentions(followUpText, e).length > 0,
    );
    assert.ok(shared.length > 0, `no registered person with a description is named in both ${fixtures.harborStrike} and ${fixtures.followUp}`);
    const entry = shared[0];
    const followUpHeadline = headlineOf(followUpText);
    const otherTexts = await Promise.all((await workspaceArticles()).filter((n) => n !== fixtures.harborStrike).map((n) => currentText(fixtureUri(n))));
    const expectedOthers = otherTexts.filter((t) => registeredMentions(t, entry).length > 0).length;
    let card = '';
    // The workspace index may still be scanning the follow-up when the first card is drawn.
    card = await waitFor(
      () => `the card of ${entry.name} to list ${JSON.stringify(followUpHeadline)} (card: ${JSON.stringify(card)})`,
      async () => {
        card = await cardFor(document, entry);
        return card.includes(followUpHeadline) ? card : undefined;
      },
    );
    const firstLine = card.split('\n')[0];
    assert.strictEqual(
      firstLine,
      `**${entry.name}** — ${entry.type}`,
      `first line of the card should be the bold canonical name and type, got ${JSON.stringify(firstLine)}`,
    );
    assert.ok(card.includes(entry.description!), `card should show the description ${JSON.stringify(entry.description)}, got ${JSON.stringify(card)}`);
    const count = `Mentioned in ${expectedOthers} other article${expectedOthers === 1 ? '' : 's'}:`;
    assert.ok(card.includes(count), `card should say ${JSON.stringify(count)}, got ${JSON.stringify(card)}`);
    const link = card.split('\n').find((line) => line.includes(followUpHeadline))!;
    assert.ok(link.includes(fixtureUri(fixtures.followUp).path), `the other-article line should link to ${fixtures.followUp}, got ${JSON.stringify(link)}`);
    assert.ok(!card.includes(headlineOf(document.getText())), 'the card must not list the article being read as "other"');
  });

  it('says no other article mentions a registered name that only this sample uses', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const others = await Promise.all((await workspaceArticles()).filter((n) => n !== fixtures.harborStrike).map((n) => currentText(fixtureUri(n))));
    const registry = await readRegistry();
    const only = registry.find((e) => registeredMentions(document.getText(), e).length > 0 && others.every((t) => registeredMentions(t, e).length === 0));
    assert.ok(only, `every registered name of ${fixtures.harborStrike} also occurs elsewhere; the test needs one that does not`);
    let card = await cardFor(document, only);
    card = await waitFor(
      () => `the card of ${only.name} to say no other article mentions it (card: ${JSON.stringify(card)})`,
      async () => {
        card = await cardFor(document, only);
        return card.includes('No other article in the workspace mentions it.') ? card : undefined;
      },
    );
    assert.ok(
      card.startsWith(`**${only.name}** — ${only.type}`),
      `card should start with the canonical name and type, got ${JSON.stringify(card.slice(0, 80))}`,
    );
  });
});
