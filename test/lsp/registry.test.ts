/**
 * The registry as a live document over stdio: edits in the open `entities.yaml`
 * buffer take effect at once without saving, a broken registry gets diagnostics at
 * the offending text (a broken entry is left out alone, a YAML syntax error keeps the
 * last good version, a shared alias is only Information), fixing it clears them,
 * and closing the buffer makes the disk the truth again.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams, SymbolInformation } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { createNewsWorkspace, WORKSPACE_REGISTRY, type NewsWorkspace } from '../support/newsWorkspace';
import { inside, lineOf, pollUntil, rangeOf } from '../support/textPositions';

/** The unregistered engineer of article A, added to the registry under an id unlike his name's slug. */
const ENGINEER_ENTRY = `  - id: ekberg-engineer
    name: Tomas Ekberg
    type: person
    aliases: [Ekberg]
    description: Civil engineer who drafted the first tram route
`;
const WITH_ENGINEER = WORKSPACE_REGISTRY + ENGINEER_ENTRY;

describe('the registry as a live document over stdio', () => {
  let ws: NewsWorkspace;
  let server: TestServer;
  let version = 1;
  const hoverValue = async (needle: string) => {
    const result = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: ws.uri('a') },
      position: inside(ws.text('a'), needle),
    });
    return (result?.contents as MarkupContent | undefined)?.value ?? '';
  };
  /** Replaces the registry buffer (full sync) and waits for the diagnostics that edit produces. */
  const editRegistry = async (text: string) => {
    const from = server.received.length;
    server.change(ws.uri('registry'), text, ++version);
    const published = await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === ws.uri('registry'), { from });
    return published.diagnostics;
  };
  /** The diagnostic whose range is exactly the `nth` occurrence of `needle` in `text`. */
  const diagnosticOn = (diagnostics: Diagnostic[], text: string, needle: string, nth: number) => {
    const expected = rangeOf(text, needle, nth);
    const found = diagnostics.find((d) => JSON.stringify(d.range) === JSON.stringify(expected));
    assert.ok(found, `a diagnostic on "${needle}" at ${JSON.stringify(expected)}; got ${JSON.stringify(diagnostics.map((d) => [d.range, d.message]))}`);
    assert.equal(found.severity, 1, 'an error');
    return found;
  };

  const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

  before(async () => {
    ws = createNewsWorkspace();
    server = await startServer(ws.folder);
    // Files are indexed in name order and tram-vote.news comes last: once its engineer is searchable, the scan is done.
    await pollUntil(
      () => server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'Tomas Ekberg' }),
      (found) => found.some((s) => s.location.uri === ws.uri('a')),
      'the first index',
    );
    server.open(ws.uri('a'), ws.text('a'));
    server.open(ws.uri('registry'), ws.text('registry'), 'yaml');
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('registers a name as soon as the open registry buffer gains it, without saving', async () => {
    assert.match(await hoverValue('Tomas Ekberg'), /not in the registry/);
    const diagnostics = await editRegistry(WITH_ENGINEER);
    assert.deepEqual(diagnostics, []);
    const card = await hoverValue('Tomas Ekberg');
    assert.match(card, /^\*\*Tomas Ekberg\*\* — person/);
    assert.match(card, /Civil engineer who drafted the first tram route/);
    assert.doesNotMatch(card, /not in the registry/);
    assert.match(card, /id `ekberg-engineer`/);
    assert.equal(readFileSync(ws.path('registry'), 'utf8'), WORKSPACE_REGISTRY, 'nothing was written to disk');
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
    assert.match(await hoverValue('Tomas Ekberg'), /Civil engineer who drafted the first tram route/, 'the last good registry still applies');
  });

  it('clears the diagnostics once the registry is fixed', async () => {
    assert.deepEqual(await editRegistry(WITH_ENGINEER), []);
  });

  it('flags a duplicate id on the second id and keeps the first entry', async () => {
    const text = `${WITH_ENGINEER}  - id: maria-lindqvist\n    name: Maria Lindgren\n    type: person\n`;
    diagnosticOn(await editRegistry(text), text, 'maria-lindqvist', 1);
    assert.match(await hoverValue('Maria Lindqvist'), /Mayor of Harbourton since 2018/);
    assert.match(await hoverValue('Tomas Ekberg'), /Civil engineer who drafted the first tram route/);
  });

  it('shows an alias two entities share as Information on each claim, not as an error', async () => {
    const text = `${WITH_ENGINEER}  - id: transit-workers-union\n    name: Nordic Transit Workers Union\n    type: organization\n    aliases: [NTA]\n`;
    const diagnostics = await editRegistry(text);
    assert.equal(diagnostics.length, 2, JSON.stringify(diagnostics));
    for (const nth of [0, 1]) {
      const expected = JSON.stringify(rangeOf(text, 'NTA', nth));
      const found = diagnostics.find((d) => JSON.stringify(d.range) === expected);
      assert.ok(found, `a diagnostic on NTA #${nth}`);
      assert.equal(found.severity, 3, 'Information');
      assert.equal(messageOf(found), "'NTA' names 2 entries: nordic-transit-authority, transit-workers-union; mentions are disambiguated in context");
    }
    assert.match(await hoverValue('Tomas Ekberg'), /Civil engineer who drafted the first tram route/, 'the rest of the registry is in force');
    assert.match(await hoverValue('NTA'), /^\*\*Nordic Transit Authority\*\*/, 'the acronym still means the authority');
  });

  it('flags an unknown type on the type value', async () => {
    const text = `${WITH_ENGINEER}  - id: harbour-daily\n    name: Harbour Daily\n    type: newspaper\n`;
    const diagnostic = diagnosticOn(await editRegistry(text), text, 'newspaper', 0);
    assert.match(messageOf(diagnostic), /newspaper/);
  });

  it('goes back to the registry on disk when the buffer is closed unsaved', async () => {
    assert.deepEqual(await editRegistry(WITH_ENGINEER), []);
    const from = server.received.length;
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: ws.uri('registry') } });
    await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === ws.uri('registry'), { from });
    assert.match(await hoverValue('Tomas Ekberg'), /not in the registry/);
  });

  it('shuts down and exits with code 0 and nothing on stderr', async () => {
    assert.equal(await server.stop(), 0);
    assert.equal(server.stderr(), '');
  });
});
