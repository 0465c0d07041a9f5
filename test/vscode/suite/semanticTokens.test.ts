// The colours a user sees come from semantic tokens: names, dates and boilerplate.
import * as assert from 'assert';
import { fixtureExists, fixtures, firstRegisteredMention, openFixture, readRegistry, waitFor } from './helpers';
import { DecodedToken, describeLine, fetchSemanticTokens, tokensCovering } from './semanticTokens';
import * as vscode from 'vscode';

async function tokensOf(document: vscode.TextDocument): Promise<DecodedToken[]> {
  return waitFor(`semantic tokens for ${document.uri.path}`, () => fetchSemanticTokens(document.uri));
}

function assertCovered(tokens: DecodedToken[], document: vscode.TextDocument, text: string, type: string, modifier?: string): void {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `${document.uri.path} does not contain ${JSON.stringify(text)}`);
  const covering = tokensCovering(tokens, document, offset, text.length);
  const line = document.positionAt(offset).line;
  assert.ok(
    covering.some((t) => t.type === type && (!modifier || t.modifiers.includes(modifier))),
    `expected a "${type}"${modifier ? ` ("${modifier}")` : ''} token over ${JSON.stringify(text)}; line ${line + 1} has ${describeLine(tokens, document, line)}`,
  );
}

describe('semantic tokens', () => {
  it('marks Yoshihide Suga as a person in the seed article', async function () {
    if (!(await fixtureExists(fixtures.seedNews))) return this.skip();
    const document = await openFixture(fixtures.seedNews);
    assertCovered(await tokensOf(document), document, 'Yoshihide Suga', 'person');
  });

  it('marks Monday as a date in the seed article', async function () {
    if (!(await fixtureExists(fixtures.seedNews))) return this.skip();
    const document = await openFixture(fixtures.seedNews);
    assertCovered(await tokensOf(document), document, 'Monday', 'date');
  });

  it('marks a registered name with its registry type and the "registered" modifier', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const mention = firstRegisteredMention(document.getText(), await readRegistry());
    assert.ok(mention, `no registered name occurs in ${fixtures.harborStrike}`);
    const tokens = await tokensOf(document);
    const covering = tokensCovering(tokens, document, mention.offset, mention.surface.length);
    const line = document.positionAt(mention.offset).line;
    assert.ok(
      covering.some((t) => t.type === mention.entry.type && t.modifiers.includes('registered')),
      `expected a "${mention.entry.type}.registered" token over ${JSON.stringify(mention.surface)}; line ${line + 1} has ${describeLine(tokens, document, line)}`,
    );
  });

  it('dims the trailing web boilerplate of a sample', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const tokens = await tokensOf(document);
    // The legend may express boilerplate as a token type or as a modifier; either dims it.
    const dimmed = tokens.filter((t) => t.type === 'boilerplate' || t.modifiers.includes('boilerplate'));
    assert.ok(dimmed.length > 0, `no "boilerplate" token in ${fixtures.harborStrike}`);
    const firstBodyLine = document
      .getText()
      .split(/\r?\n/)
      .findIndex((l) => /\(.+\)\s+[-—–]/.test(l));
    assert.ok(
      dimmed.every((t) => t.line > firstBodyLine),
      `boilerplate tokens should come after the dateline (line ${firstBodyLine + 1}), got lines ${dimmed.map((t) => t.line + 1).join(', ')}`,
    );
  });
});
