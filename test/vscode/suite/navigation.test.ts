// Find All References and Go to Definition on a registered name: every article that
// mentions the person, plus the person's entry in the registry file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { currentText, fixtures, fixtureUri, openFixture, readRegistry, registeredMentions, waitFor, type Mention, type RegistryEntry } from './helpers';

/** A registered person that both harbor-strike.news and the follow-up article name, and where harbor-strike names them first. */
async function sharedPerson(document: vscode.TextDocument): Promise<{ entry: RegistryEntry; mention: Mention; followUpText: string }> {
  const followUpText = await currentText(fixtureUri(fixtures.followUp));
  const entry = (await readRegistry()).find(
    (e) => e.type === 'person' && registeredMentions(document.getText(), e).length > 0 && registeredMentions(followUpText, e).length > 0,
  );
  assert.ok(entry, `no registered person is named in both ${fixtures.harborStrike} and ${fixtures.followUp}`);
  return { entry, mention: registeredMentions(document.getText(), entry)[0], followUpText };
}

/** The lines of `entry`'s block in the registry text: from its `- id:` line to the line before the next entry. */
function entryLines(registryText: string, entry: RegistryEntry): { first: number; last: number } {
  const lines = registryText.split(/\r?\n/);
  const first = lines.findIndex((l) => new RegExp(`^\\s*-\\s*id:\\s*["']?${entry.id}["']?\\s*(#.*)?$`).test(l));
  assert.ok(first >= 0, `no "- id: ${entry.id}" line in ${fixtures.registry}`);
  let last = lines.findIndex((l, i) => i > first && /^\s*-\s*id:/.test(l));
  last = last < 0 ? lines.length - 1 : last - 1;
  return { first, last };
}

function describeLocations(locations: vscode.Location[]): string {
  return JSON.stringify(locations.map((l) => `${vscode.workspace.asRelativePath(l.uri)}:${l.range.start.line + 1}:${l.range.start.character + 1}`));
}

describe('navigation', () => {
  it('Find All References on a registered person lists its mentions in both articles and its registry entry', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const { entry, mention, followUpText } = await sharedPerson(document);
    const position = document.positionAt(mention.offset + 1);
    const followUp = fixtureUri(fixtures.followUp);
    const registry = fixtureUri(fixtures.registry);
    let locations: vscode.Location[] = [];
    // The follow-up is found by the workspace scan, which may still be running.
    await waitFor(
      () => `references of ${entry.name} in ${fixtures.followUp} (got ${describeLocations(locations)})`,
      async () => {
        locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position)) ?? [];
        return locations.some((l) => l.uri.toString() === followUp.toString());
      },
    );
    const inFile = (uri: vscode.Uri) => locations.filter((l) => l.uri.toString() === uri.toString());
    const expectHere = registeredMentions(document.getText(), entry);
    const expectThere = registeredMentions(followUpText, entry);
    for (const [uri, text, expected] of [
      [document.uri, document.getText(), expectHere],
      [followUp, followUpText, expectThere],
    ] as const) {
      const starts = inFile(uri).map((l) => `${l.range.start.line}:${l.range.start.character}`);
      for (const m of expected) {
        const lines = text.slice(0, m.offset).split('\n');
        const at = `${lines.length - 1}:${lines[lines.length - 1].length}`;
        assert.ok(
          starts.includes(at),
          `references should include "${m.surface}" at ${vscode.workspace.asRelativePath(uri)}:${at}; got ${describeLocations(locations)}`,
        );
      }
    }
    const declarations = inFile(registry);
    assert.strictEqual(declarations.length, 1, `references should include the registry entry once; got ${describeLocations(locations)}`);
    const { first, last } = entryLines(await currentText(registry), entry);
    const line = declarations[0].range.start.line;
    assert.ok(first <= line && line <= last, `the registry reference (line ${line + 1}) should be inside ${entry.id}'s entry (lines ${first + 1}-${last + 1})`);
    const others = locations.filter((l) => ![document.uri, followUp, registry].some((u) => u.toString() === l.uri.toString()));
    assert.deepStrictEqual(
      others.map((l) => l.uri.path),
      [],
      `no other file mentions ${entry.name}`,
    );
  });

  it('Go to Definition on a registered person lands on its name line in entities.yaml', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const { entry, mention } = await sharedPerson(document);
    const registry = fixtureUri(fixtures.registry);
    const result = await waitFor(`a definition for ${entry.name}`, async () => {
      const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
        'vscode.executeDefinitionProvider',
        document.uri,
        document.positionAt(mention.offset + 1),
      );
      return found && found.length > 0 ? found : undefined;
    });
    assert.strictEqual(result.length, 1, `one definition expected, got ${result.length}`);
    const target = 'targetUri' in result[0] ? { uri: result[0].targetUri, range: result[0].targetSelectionRange ?? result[0].targetRange } : result[0];
    assert.strictEqual(target.uri.toString(), registry.toString(), `the definition should be in ${fixtures.registry}, got ${target.uri.toString()}`);
    const registryText = await currentText(registry);
    const { first, last } = entryLines(registryText, entry);
    const line = target.range.start.line;
    assert.ok(first <= line && line <= last, `the definition (line ${line + 1}) should be inside ${entry.id}'s entry (lines ${first + 1}-${last + 1})`);
    const text = registryText.split(/\r?\n/)[line];
    assert.match(text, new RegExp(`^\\s*name:\\s*["']?${entry.name}["']?\\s*$`), `the definition should land on the "name:" line, got ${JSON.stringify(text)}`);
  });
});
