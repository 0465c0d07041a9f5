/**
 * Issue 15, registry and article paths that are not plain files, over stdio against
 * the bundled server, every request under a deadline: `newsLens.registries` naming
 * /dev/zero, a FIFO, a missing file, a Latin-1 file and a file over
 * `newsLens.maxRegistrySize`; the folder's entities.yaml replaced by a FIFO and by a
 * link to /dev/zero; articles that are a FIFO or a link to /dev/zero; and a registry
 * large enough to be parsed in the worker thread.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { pollWithin, stopWithin, within } from '../support/deadline';
import { inside } from '../support/textPositions';

const REGISTRY = 'entities:\n  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n    description: Transport minister\n';
const ARTICLE =
  'Fares rise\n\nLISBON, March 4, 2024 (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise. Jonas Müller agreed.\n';
const DEADLINE = 15_000;

function mkfifo(path: string): void {
  const result = spawnSync('mkfifo', [path]);
  if (result.status !== 0) throw new Error(`mkfifo failed: ${result.stderr}`);
}

describe('registry and article paths that are not files, over stdio', () => {
  let dir: string;
  let server: TestServer;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
  const hover = async (name: string, text: string, needle = 'Okafor') =>
    (
      (
        await within(
          server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri(name) }, position: inside(text, needle) }),
          DEADLINE,
          'hover',
        )
      )?.contents as MarkupContent | undefined
    )?.value ?? '';
  const alive = async () => assert.match(await hover('a.news', ARTICLE), /Amara Okafor/);
  const diagnosticsOf = (fileUri: string, accept: (d: Diagnostic[]) => boolean = (d) => d.length > 0) =>
    server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === fileUri && accept(p.diagnostics), { timeoutMs: DEADLINE });
  const changed = (name: string, type = 2) =>
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type }] });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-hostile-reg-'));
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
    writeFileSync(join(dir, 'a.news'), ARTICLE);
    mkfifo(join(dir, 'shared-fifo.yaml'));
    // Latin-1 bytes: "Müller" as 0x4D 0xFC ..., which is not valid UTF-8.
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('entities:\n  - id: jonas-muller\n    name: Jonas Müller\n    type: person\n', 'latin1'));
    writeFileSync(join(dir, 'big.yaml'), REGISTRY.replace('amara-okafor', 'big-one') + '# padding\n'.repeat(400));
    const settings = { registries: ['/dev/zero', 'shared-fifo.yaml', 'missing.yaml', 'latin1.yaml', 'big.yaml'], maxRegistrySize: 2_000 };
    server = await within(startServer(dir, { settings }), DEADLINE, 'initialize');
    server.open(uri('a.news'), ARTICLE);
  });

  after(async () => {
    const code = await stopWithin(server, DEADLINE);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, 'the server shuts down cleanly');
  });

  it(
    'refuses /dev/zero, a FIFO, a Latin-1 file and an oversized file in newsLens.registries, with errors, and warns about a missing one',
    { timeout: 60_000 },
    async () => {
      await alive();
      assert.match(await hover('a.news', ARTICLE), /Transport minister/, "the folder's own registry is in force");
      const zero = await diagnosticsOf('file:///dev/zero', (d) => d.length > 0);
      assert.equal(zero.diagnostics[0].severity, 1);
      assert.match(String(zero.diagnostics[0].message), /character device, not a regular file/);
      assert.deepEqual(zero.diagnostics[0].range.start, { line: 0, character: 0 });
      assert.match(String((await diagnosticsOf(uri('shared-fifo.yaml'))).diagnostics[0].message), /pipe \(FIFO\)/);
      assert.match(String((await diagnosticsOf(uri('latin1.yaml'))).diagnostics[0].message), /not valid UTF-8/);
      assert.match(String((await diagnosticsOf(uri('big.yaml'))).diagnostics[0].message), /over the 2 KB limit of newsLens\.maxRegistrySize/);
      const missing = await server.waitFor<{ type: number; message: string }>('window/showMessageRequest', (m) => /missing\.yaml/.test(m.message), {
        timeoutMs: DEADLINE,
      });
      assert.equal(missing.type, 2, 'a warning');
      assert.match(missing.message, /does not exist/);
      assert.match(await hover('a.news', ARTICLE, 'Müller'), /not in the registry/, 'nothing from the Latin-1 file is used');
    },
  );

  it('keeps answering when entities.yaml becomes a FIFO, then a link to /dev/zero, and recovers', { timeout: 60_000 }, async () => {
    const from = server.received.length;
    unlinkSync(join(dir, 'entities.yaml'));
    mkfifo(join(dir, 'entities.yaml'));
    changed('entities.yaml');
    const fifo = await server.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri('entities.yaml') && p.diagnostics.length > 0,
      { from, timeoutMs: DEADLINE },
    );
    assert.match(String(fifo.diagnostics[0].message), /pipe \(FIFO\)/);
    assert.match(await hover('a.news', ARTICLE), /Transport minister/, 'the last good registry stays in force');
    const from2 = server.received.length;
    unlinkSync(join(dir, 'entities.yaml'));
    symlinkSync('/dev/zero', join(dir, 'entities.yaml'));
    changed('entities.yaml');
    const zero = await server.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri('entities.yaml') && p.diagnostics.some((d) => /character device/.test(String(d.message))),
      { from: from2, timeoutMs: DEADLINE },
    );
    assert.equal(zero.diagnostics[0].severity, 1);
    assert.match(await hover('a.news', ARTICLE), /Transport minister/);
    unlinkSync(join(dir, 'entities.yaml'));
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY.replace('Transport minister', 'Minister of transport'));
    changed('entities.yaml');
    await pollWithin(
      () => hover('a.news', ARTICLE),
      (v) => /Minister of transport/.test(v),
      'the repaired registry',
      DEADLINE,
    );
  });

  it('skips articles that are a FIFO or a link to /dev/zero when their file events arrive', { timeout: 60_000 }, async () => {
    mkfifo(join(dir, 'fifo.news'));
    symlinkSync('/dev/zero', join(dir, 'zero.news'));
    changed('fifo.news', 1);
    changed('zero.news', 1);
    await alive();
    // The index is read after both events were handled: still answering, and neither counted as an article.
    const summary = await within(server.connection.sendRequest<unknown>('workspace/symbol', { query: 'Fares' }), DEADLINE, 'workspace symbols');
    assert.ok(Array.isArray(summary));
    await alive();
  });

  it('parses a registry too large for the server thread in the worker, and uses it', { timeout: 90_000 }, async () => {
    const lines = ['entities:'];
    for (let i = 0; i < 3_000; i++) lines.push(`  - id: person-${i}\n    name: Person Number${i} Example\n    type: person`);
    lines.push('  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n    description: Minister from the large registry');
    const text = lines.join('\n') + '\n';
    assert.ok(text.length > 64_000, 'over the off-thread threshold');
    void server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { newsLens: { registries: [], maxRegistrySize: 20_000_000 } } });
    writeFileSync(join(dir, 'entities.yaml'), text);
    changed('entities.yaml');
    await pollWithin(
      () => hover('a.news', ARTICLE),
      (v) => /Minister from the large registry/.test(v),
      'the entry from the worker-parsed registry',
      60_000,
    );
  });
});
