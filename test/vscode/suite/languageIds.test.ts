// Which files a user sees treated as articles: by extension, by the client's content
// detection for `.txt`, and by the "treat as" commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { currentLanguageId, fixtureExists, fixtureUri, fixtures, openFixture, waitForLanguage, workspaceRoot } from './helpers';

describe('language ids', () => {
  it('opens every .news and .article sample as "news"', async () => {
    const names = (await vscode.workspace.fs.readDirectory(workspaceRoot()))
      .map(([name]) => name)
      .filter((name) => name.endsWith('.news') || name.endsWith('.article'));
    assert.ok(
      names.some((n) => n.endsWith('.news')) && names.some((n) => n.endsWith('.article')),
      `expected .news and .article samples, found ${names.join(', ')}`,
    );
    for (const name of names) {
      const document = await openFixture(name);
      await waitForLanguage(document.uri, 'news', 5_000);
    }
  });

  it('detects wire-brief.txt as an article but leaves the shopping list as plain text', async () => {
    const plain = await openFixture(fixtures.plainText);
    const article = await openFixture(fixtures.wireBrief);
    await waitForLanguage(article.uri, 'news');
    // Detection has run for the later document, so it has had its chance on the earlier one.
    assert.strictEqual(currentLanguageId(plain.uri), 'plaintext', 'the shopping list must stay plain text');
  });

  it('detects the real seed article saved as .txt', async function () {
    if (!(await fixtureExists(fixtures.seedText))) return this.skip();
    const document = await openFixture(fixtures.seedText);
    await waitForLanguage(document.uri, 'news');
  });

  it('"newsLens.treatAsArticle" switches a plain .txt to "news" and "treatAsPlainText" back', async () => {
    await openFixture(fixtures.plainText);
    const uri = fixtureUri(fixtures.plainText);
    assert.strictEqual(currentLanguageId(uri), 'plaintext');
    await vscode.commands.executeCommand('newsLens.treatAsArticle');
    await waitForLanguage(uri, 'news', 10_000);
    await vscode.window.showTextDocument(uri, { preview: false });
    await vscode.commands.executeCommand('newsLens.treatAsPlainText');
    await waitForLanguage(uri, 'plaintext', 10_000);
  });
});
