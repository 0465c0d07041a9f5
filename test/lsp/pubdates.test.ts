/**
 * Publication dates in the editor, against the real bundled server over stdio:
 * an impossible front-matter date is an Error diagnostic on the date itself (issue 15),
 * and the hover of a date says how an inferred publication year was found (issue 13).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type Hover, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';

const LEAP = '---\ntitle: Budget vote\ndate: 2023-02-29\n---\nBudget vote\n\nThe council voted on Tuesday to raise fees.\n';
const TROOPS = [
  'Allies to resume troop cost talks',
  '',
  'SEOUL/WASHINGTON, Oct 3 (Reuters) - South Korea and the United States said on Thursday they would resume talks on troop costs after Seoul raised its 2024 budget.',
  '',
  'The previous round collapsed in 2023.',
  '',
].join('\n');

describe('publication dates in the editor', () => {
  let dir: string;
  let server: TestServer;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-pubdates-'));
    server = await startServer(dir);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
    assert.equal(server.stderr(), '', 'nothing on stderr');
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports an impossible front-matter date as an error on the date', async () => {
    const from = server.received.length;
    server.open(uri('leap.news'), LEAP);
    const published = await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri('leap.news'), { from });
    const bad = published.diagnostics.filter((d) => d.code === 'invalid-date');
    assert.equal(bad.length, 1, JSON.stringify(published.diagnostics));
    assert.equal(bad[0].severity, DiagnosticSeverity.Error);
    assert.deepEqual(bad[0].range, { start: { line: 2, character: 6 }, end: { line: 2, character: 16 } });
    assert.match(String(bad[0].message), /2023-02-29.*not a day of the calendar/);
    // No publication date: "Tuesday" cannot be resolved to a day.
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('leap.news') },
      position: { line: 6, character: 25 },
    });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.doesNotMatch(value, /Publication date/);
    assert.doesNotMatch(value, /2023-02/);
  });

  it('the diagnostic goes away once the date is corrected', async () => {
    const from = server.received.length;
    server.change(uri('leap.news'), LEAP.replace('2023-02-29', '2023-02-28'), 2);
    const published = await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri('leap.news') && p.version === 2, {
      from,
    });
    assert.equal(published.diagnostics.filter((d) => d.code === 'invalid-date').length, 0);
  });

  it('the hover of a date says how the publication year was inferred', async () => {
    server.open(uri('troops.news'), TROOPS);
    const line = TROOPS.split('\n')[2];
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('troops.news') },
      position: { line: 2, character: line.indexOf('Thursday') + 2 },
    });
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /Publication date: 2024-10-03 \(from the dateline\)/);
    assert.match(value, /Year 2024 from the article/);
    assert.match(value, /Thursday/);
  });
});
