/**
 * Privacy: articles may be under embargo, so News Lens never touches the network.
 * The bundled server and CLI run here with every network entry point of Node
 * trapped (test/support/networkTrap.js), go through their features, and must not
 * have tried once. A static check makes sure the bundles name no fetch, HTTP or
 * UDP use outside the LSP library's local transports.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { startServer } from '../support/lspClient';
import { REPO_ROOT } from '../support/paths';
import { SEED_REGISTRY } from '../support/registryFixture';

const TRAP = join(REPO_ROOT, 'test', 'support', 'networkTrap.js');
const ARTICLE =
  'Harbour vote\n\nSource: Test Wire| 2024-03-04 09:00:00|Editor: A\n\nLISBON, March 4 (Test Wire) -- Transport Minister Amara Okafor said on Monday that "fares will rise," officials said.\n';

describe('no network, ever', () => {
  it('the CLI analyses articles with the network trapped and never tries it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-lens-privacy-'));
    const log = join(dir, 'network.log');
    writeFileSync(join(dir, 'a.news'), ARTICLE);
    writeFileSync(join(dir, 'entities.yaml'), SEED_REGISTRY);
    for (const format of ['json', 'brat', 'conll']) {
      const result = spawnSync(
        process.execPath,
        ['--require', TRAP, join(REPO_ROOT, 'dist', 'cli.js'), 'analyze', '--format', format, '--registry', join(dir, 'entities.yaml'), join(dir, 'a.news')],
        {
          encoding: 'utf8',
          env: { ...process.env, NEWS_LENS_NETWORK_LOG: log },
        },
      );
      assert.equal(result.status, 0, result.stderr);
    }
    assert.equal(existsSync(log) ? readFileSync(log, 'utf8') : '', '');
  });

  it('the server answers every feature with the network trapped and never tries it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-lens-privacy-'));
    const log = join(dir, 'network.log');
    writeFileSync(join(dir, 'entities.yaml'), SEED_REGISTRY);
    writeFileSync(join(dir, 'b.news'), ARTICLE);
    const server = await startServer(dir, {}, { execArgv: ['--require', TRAP], env: { NEWS_LENS_NETWORK_LOG: log } });
    const uri = pathToFileURL(join(dir, 'a.news')).toString();
    server.open(uri, ARTICLE);
    const position = { line: 4, character: ARTICLE.split('\n')[4].indexOf('Okafor') };
    const doc = { textDocument: { uri } };
    await server.connection.sendRequest('textDocument/semanticTokens/full', doc);
    await server.connection.sendRequest('textDocument/hover', { ...doc, position });
    await server.connection.sendRequest('textDocument/documentSymbol', doc);
    await server.connection.sendRequest('textDocument/references', { ...doc, position, context: { includeDeclaration: true } });
    await server.connection.sendRequest('textDocument/codeAction', { ...doc, range: { start: position, end: position }, context: { diagnostics: [] } });
    await server.connection.sendRequest('workspace/symbol', { query: 'Oka' });
    assert.equal(await server.stop(), 0);
    assert.equal(existsSync(log) ? readFileSync(log, 'utf8') : '', '');
  });

  it('the trap really catches a network call (so the tests above can fail)', () => {
    const result = spawnSync(process.execPath, ['--require', TRAP, '-e', "require('node:https').get('https://example.invalid/')"], { encoding: 'utf8' });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /must not use the network \(https\.get\)/);
  });

  it('the bundles contain no fetch, HTTP or UDP client code', () => {
    for (const bundle of ['server.js', 'cli.js', 'client.js']) {
      const code = readFileSync(join(REPO_ROOT, 'dist', bundle), 'utf8');
      for (const forbidden of [
        /require\(["'](?:node:)?https?["']\)/,
        /require\(["'](?:node:)?dgram["']\)/,
        /\bfetch\s*\(/,
        /XMLHttpRequest/,
        /new\s+WebSocket\b/,
      ]) {
        assert.doesNotMatch(code, forbidden, `${bundle} must not contain ${forbidden}`);
      }
    }
  });
});
