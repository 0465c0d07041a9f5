/**
 * The registry as a live document, on the language service over an in-memory workspace
 * holding the invented newsroom of test/support/newsWorkspace.ts: edits in the open
 * `entities.yaml` buffer take effect at once without saving, a broken registry gets
 * diagnostics at the offending text (a broken entry is left out alone, a YAML syntax error
 * keeps the last good version, a shared alias is only Information), fixing it clears them,
 * and closing the buffer makes the disk the truth again. These are the feature cases of
 * test/lsp/registry.test.ts, which keeps the protocol over stdio (a registry buffer edited
 * with didChange, its diagnostics arriving as a notification, shutdown). Here no process is
 * spawned, so each case reads what the service published and answered, not what a socket carried.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, MarkupContent } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { toUri } from '../../../server/src/uri';
import { startService, type TestService } from '../../support/memoryWorkspace';
import { WORKSPACE_FILES, WORKSPACE_REGISTRY, type WorkspaceFile, WITH_ENGINEER } from '../../support/newsWorkspace';
import { inside, lineOf, rangeOf } from '../../support/textPositions';
import { messageOf } from '../../support/diagnosticText';

const FOLDER = '/ws';
const path = (file: WorkspaceFile) => `${FOLDER}/${WORKSPACE_FILES[file].name}`;
const text = (file: WorkspaceFile) => WORKSPACE_FILES[file].text;

describe('the registry as a live document, on the language service', () => {
  let t: TestService;
  let article: TextDocument;
  let registry: TextDocument;
  const registryUri = toUri(path('registry'));
  const hoverValue = (needle: string) => {
    const result = t.service.hover({ textDocument: { uri: article.uri }, position: inside(text('a'), needle) }, NEVER_CANCELLED);
    return (result?.contents as MarkupContent | undefined)?.value ?? '';
  };
  /** Waits for the next publication of the registry's diagnostics (the one this change produces) and returns it. */
  const nextRegistryDiagnostics = async (change: () => void) => {
    t.client.diagnostics.delete(registryUri);
    change();
    await until(() => t.client.diagnostics.has(registryUri), 'the registry diagnostics published');
    return t.client.diagnostics.get(registryUri)!;
  };
  /** Replaces the registry buffer and returns the diagnostics that edit published. */
  const editRegistry = (next: string) => nextRegistryDiagnostics(() => void (registry = t.workspace.editDocument(registry, next)));
  /** The diagnostic whose range is exactly the `nth` occurrence of `needle` in `text`. */
  const diagnosticOn = (diagnostics: Diagnostic[], registryText: string, needle: string, nth: number) => {
    const expected = rangeOf(registryText, needle, nth);
    const found = diagnostics.find((d) => JSON.stringify(d.range) === JSON.stringify(expected));
    assert.ok(found, `a diagnostic on "${needle}" at ${JSON.stringify(expected)}; got ${JSON.stringify(diagnostics.map((d) => [d.range, d.message]))}`);
    assert.equal(found.severity, 1, 'an error');
    return found;
  };

  before(async () => {
    const files = Object.fromEntries(Object.keys(WORKSPACE_FILES).map((f) => [path(f as WorkspaceFile), text(f as WorkspaceFile)]));
    t = await startService(files, { folder: FOLDER });
    article = t.workspace.openDocument(path('a'));
    registry = t.workspace.openDocument(path('registry'), undefined, 'yaml');
  });
  after(() => t.service.dispose());

  it('registers a name as soon as the open registry buffer gains it, without saving', async () => {
    assert.match(hoverValue('Tomas Ekberg'), /not in the registry/);
    const diagnostics = await editRegistry(WITH_ENGINEER);
    assert.deepEqual(diagnostics, []);
    const card = hoverValue('Tomas Ekberg');
    assert.match(card, /^\*\*Tomas Ekberg\*\* — person/);
    assert.match(card, /Civil engineer who drafted the first tram route/);
    assert.doesNotMatch(card, /not in the registry/);
    assert.match(card, /id `ekberg-engineer`/);
    const onDisk = t.workspace.readFile(path('registry'), { maxBytes: 1 << 20, capName: 'the test' });
    assert.equal('bytes' in onDisk ? onDisk.bytes.toString('utf8') : undefined, WORKSPACE_REGISTRY, 'nothing was written to disk');
  });

  it('reports invalid YAML at the broken line and keeps the last good registry in force', async () => {
    const broken = WITH_ENGINEER.replace('description: Civil engineer who drafted', 'description: Civil engineer: drafted');
    const diagnostics = await editRegistry(broken);
    const line = lineOf(broken, 'description: Civil engineer: drafted');
    assert.ok(diagnostics.length > 0, 'the broken registry has diagnostics');
    assert.ok(
      diagnostics.every((d) => d.severity === 1 && d.range.start.line === line),
      `every error is on line ${line}: ${JSON.stringify(diagnostics.map((d) => [d.range, d.message]))}`,
    );
    assert.match(hoverValue('Tomas Ekberg'), /Civil engineer who drafted the first tram route/, 'the last good registry still applies');
  });

  it('clears the diagnostics once the registry is fixed', async () => {
    assert.deepEqual(await editRegistry(WITH_ENGINEER), []);
  });

  it('flags a duplicate id on the second id and keeps the first entry', async () => {
    const next = `${WITH_ENGINEER}  - id: maria-lindqvist\n    name: Maria Lindgren\n    type: person\n`;
    diagnosticOn(await editRegistry(next), next, 'maria-lindqvist', 1);
    assert.match(hoverValue('Maria Lindqvist'), /Mayor of Harbourton since 2018/);
    assert.match(hoverValue('Tomas Ekberg'), /Civil engineer who drafted the first tram route/);
  });

  it('shows an alias two entities share as Information on each claim, not as an error', async () => {
    const next = `${WITH_ENGINEER}  - id: transit-workers-union\n    name: Nordic Transit Workers Union\n    type: organization\n    aliases: [NTA]\n`;
    const diagnostics = await editRegistry(next);
    assert.equal(diagnostics.length, 2, JSON.stringify(diagnostics));
    for (const nth of [0, 1]) {
      const expected = JSON.stringify(rangeOf(next, 'NTA', nth));
      const found = diagnostics.find((d) => JSON.stringify(d.range) === expected);
      assert.ok(found, `a diagnostic on NTA #${nth}`);
      assert.equal(found.severity, 3, 'Information');
      assert.equal(messageOf(found), "'NTA' names 2 entries: nordic-transit-authority, transit-workers-union; mentions are disambiguated in context");
    }
    assert.match(hoverValue('Tomas Ekberg'), /Civil engineer who drafted the first tram route/, 'the rest of the registry is in force');
    assert.match(hoverValue('NTA'), /^\*\*Nordic Transit Authority\*\*/, 'the acronym still means the authority');
  });

  it('flags an unknown type on the type value', async () => {
    const next = `${WITH_ENGINEER}  - id: harbour-daily\n    name: Harbour Daily\n    type: newspaper\n`;
    const diagnostic = diagnosticOn(await editRegistry(next), next, 'newspaper', 0);
    assert.match(messageOf(diagnostic), /newspaper/);
  });

  it('goes back to the registry on disk when the buffer is closed unsaved', async () => {
    assert.deepEqual(await editRegistry(WITH_ENGINEER), []);
    await nextRegistryDiagnostics(() => t.workspace.closeDocument(registry));
    assert.match(hoverValue('Tomas Ekberg'), /not in the registry/);
  });
});

/** Polls `done` (the service may finish its work on a timer) for up to 10 s. */
async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
