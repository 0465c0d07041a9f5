/**
 * The server stays up and keeps answering under the inputs people really throw at
 * it: a 20 MB article, a registry replaced by a directory or deleted while open, a
 * registry of 50,000 entities, a thousand edits in a second, files that cannot be
 * read, and a file renamed while the index reads the workspace.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { pollUntil } from '../support/textPositions';

const REGISTRY = 'entities:\n  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n    description: Transport minister\n';
const ARTICLE = 'Fares rise\n\nLISBON, March 4, 2024 (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise.\n';
const OKAFOR = { line: 2, character: ARTICLE.split('\n')[2].indexOf('Okafor') + 2 };

describe('the server under hostile conditions', () => {
  let dir: string;
  let server: TestServer;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
  const hover = async (name: string) =>
    (
      (await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri(name) }, position: OKAFOR }))?.contents as
        MarkupContent | undefined
    )?.value ?? '';
  const alive = async () => assert.match(await hover('a.news'), /Amara Okafor/);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-faults-'));
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
    writeFileSync(join(dir, 'a.news'), ARTICLE);
    // Files that cannot be read as articles: a directory named like one and a dangling link.
    mkdirSync(join(dir, 'folder.news'));
    symlinkSync(join(dir, 'missing-target.news'), join(dir, 'dangling.news'));
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `bulk-${String(i).padStart(3, '0')}.news`), ARTICLE.replace('Fares rise', `Fares rise ${i}`));
    server = await startServer(dir, { settings: { maxFileSize: 5_000_000 } });
    server.open(uri('a.news'), ARTICLE);
  });

  after(async () => {
    if (server.process.exitCode === null) assert.equal(await server.stop(), 0);
    assert.equal(server.stderr(), '', 'nothing on stderr');
    rmSync(dir, { recursive: true, force: true });
  });

  it('renames a file while the index is reading the workspace', async () => {
    renameSync(join(dir, 'bulk-150.news'), join(dir, 'renamed.news'));
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uri('bulk-150.news'), type: 3 },
        { uri: uri('renamed.news'), type: 1 },
      ],
    });
    await pollUntil(
      () =>
        server.connection.sendRequest<{ uri: string }[]>('textDocument/references', {
          textDocument: { uri: uri('a.news') },
          position: OKAFOR,
          context: { includeDeclaration: false },
        }),
      (refs) => refs.some((r) => r.uri === uri('renamed.news')) && !refs.some((r) => r.uri === uri('bulk-150.news')),
      'the renamed file in references and the old name gone',
    );
    await alive();
  });

  it('answers for a 20 MB article over the size limit, and says it only shows the layout', async () => {
    const huge = ARTICLE + 'The council met again. '.repeat(20_000_000 / 23);
    server.open(uri('huge.news'), huge);
    const summary = await server.connection.sendRequest<{ truncated: boolean }>('newsLens/articleSummary', { uri: uri('huge.news') });
    assert.equal(summary.truncated, true);
    const tokens = await server.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uri('huge.news') } });
    assert.ok(Array.isArray(tokens.data));
    await alive();
  });

  it('survives a thousand edits in a second and answers for the last one', async () => {
    server.open(uri('typing.news'), ARTICLE);
    let text = ARTICLE;
    for (let version = 2; version <= 1001; version++) {
      text = text.replace('fares would rise', version % 2 ? 'fares would rise' : 'fares would rise.');
      server.change(uri('typing.news'), text + ' x'.repeat(version % 7), version);
    }
    const value = await hover('typing.news');
    assert.match(value, /Amara Okafor/);
    await alive();
  });

  it('keeps the last good registry when the registry becomes a directory, and recovers', async () => {
    unlinkSync(join(dir, 'entities.yaml'));
    mkdirSync(join(dir, 'entities.yaml'));
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('entities.yaml'), type: 2 }] });
    await pollUntil(
      () => hover('a.news'),
      (v) => v.length > 0,
      'a hover after the registry became a directory',
    );
    assert.match(await hover('a.news'), /Transport minister/, 'the last good registry stays in force');
    rmSync(join(dir, 'entities.yaml'), { recursive: true });
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY.replace('Transport minister', 'Minister of transport'));
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('entities.yaml'), type: 2 }] });
    await pollUntil(
      () => hover('a.news'),
      (v) => /Minister of transport/.test(v),
      'the new registry after recovery',
    );
  });

  it('keeps answering when the open registry is deleted', async () => {
    server.open(uri('entities.yaml'), REGISTRY, 'yaml');
    unlinkSync(join(dir, 'entities.yaml'));
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('entities.yaml'), type: 3 }] });
    // The open buffer is still the registry the user sees.
    await pollUntil(
      () => hover('a.news'),
      (v) => /Transport minister/.test(v),
      'the open buffer as the registry',
    );
    void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('entities.yaml') } });
    await pollUntil(
      () => hover('a.news'),
      (v) => v.length > 0,
      'a hover after closing the deleted registry',
    );
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
  });

  it('handles a registry of 50,000 entities', { timeout: 150_000 }, async () => {
    const lines = ['entities:'];
    for (let i = 0; i < 50_000; i++) lines.push(`  - id: person-${i}\n    name: Person Number${i} Example\n    type: person\n    aliases: [Number${i}]`);
    lines.push('  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n    description: Transport minister');
    writeFileSync(join(dir, 'entities.yaml'), lines.join('\n') + '\n');
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('entities.yaml'), type: 2 }] });
    const found = await pollUntil(
      () => server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'Number49999' }),
      (s) => s.some((x) => x.name === 'Person Number49999 Example'),
      'the 50,000th entity in workspace symbols',
      // Parsed in a worker and built between requests: the server answers all along, the entity arrives when the parse is done.
      120_000,
    );
    assert.ok(found.length > 0);
    await alive();
  });
});
