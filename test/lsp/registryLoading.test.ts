/**
 * A real team registry over stdio (issue 10 §1), for the protocol: the registry's problems
 * are published as a publishDiagnostics notification for its URI when the server starts,
 * before any editor opens it (a name several entries share arrives as Information on each
 * claim, with its message as the client receives it), and the server shuts down cleanly. The
 * feature cases (the broken entry's Error and what it leaves out, tokens and hover cards of the
 * other entries, the last good version kept through a YAML syntax error, a registry that never
 * parsed) live in test/unit/service/registryLoading.test.ts, on the language service over an
 * in-memory workspace.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { rangeOf } from '../support/textPositions';
import { REGISTRY } from '../support/loadingNewsroom';
import { messageOf } from '../support/diagnosticText';

describe('a team registry with shared names and one broken entry, over stdio', () => {
  let folder: string;
  let server: TestServer;
  const registryUri = () => pathToFileURL(join(folder, 'entities.yaml')).toString();
  const describeAll = (diagnostics: Diagnostic[]) => JSON.stringify(diagnostics.map((d) => [d.range, d.severity, messageOf(d)]));
  /** The one diagnostic whose range is exactly the `nth` occurrence of `needle` in `text`. */
  const on = (diagnostics: Diagnostic[], text: string, needle: string, nth = 0) => {
    const expected = JSON.stringify(rangeOf(text, needle, nth));
    const found = diagnostics.filter((d) => JSON.stringify(d.range) === expected);
    assert.equal(found.length, 1, `one diagnostic on "${needle}" #${nth}; got ${describeAll(diagnostics)}`);
    return found[0];
  };
  let initial: Diagnostic[];

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'news-lens-loading-'));
    writeFileSync(join(folder, 'entities.yaml'), REGISTRY);
    server = await startServer(folder);
    initial = (await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === registryUri())).diagnostics;
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('shows each claim of a shared name or alias as Information naming every entry, never as an error', () => {
    const pompey = "'Pompey' names 2 entries: portsmouth-city, harbour-fc; mentions are disambiguated in context";
    for (const nth of [0, 1]) {
      const d = on(initial, REGISTRY, 'Pompey', nth);
      assert.equal(d.severity, 3, 'Information');
      assert.equal(messageOf(d), pompey);
    }
    for (const nth of [0, 1]) {
      const d = on(initial, REGISTRY, 'Daniel Price', nth);
      assert.equal(d.severity, 3);
      assert.match(messageOf(d), /^'Daniel Price' names 2 entries: daniel-price-council, daniel-price-pianist; /);
    }
  });

  it('shuts down cleanly with nothing on stderr', async () => {
    assert.equal(await server.stop(), 0);
    assert.equal(server.stderr(), '');
  });
});
