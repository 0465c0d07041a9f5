/**
 * Publication dates in the editor, against the real bundled server over stdio: the protocol
 * of the feature. An impossible front-matter date (issue 15) arrives in a publishDiagnostics
 * notification as an Error on the date itself, and the notification for the corrected
 * version (a didChange) clears it; the server exits cleanly with nothing on stderr. The
 * feature cases (the diagnostic, its correction, and the hover that says how an inferred
 * publication year was found, issue 13) live in test/unit/service/pubdates.test.ts, on the
 * language service over an in-memory workspace (issue 14).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';

const LEAP = '---\ntitle: Budget vote\ndate: 2023-02-29\n---\nBudget vote\n\nThe council voted on Tuesday to raise fees.\n';

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
  });

  it('the diagnostic goes away once the date is corrected', async () => {
    const from = server.received.length;
    server.change(uri('leap.news'), LEAP.replace('2023-02-29', '2023-02-28'), 2);
    const published = await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri('leap.news') && p.version === 2, {
      from,
    });
    assert.equal(published.diagnostics.filter((d) => d.code === 'invalid-date').length, 0);
  });
});
