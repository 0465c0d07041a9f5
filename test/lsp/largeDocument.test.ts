/**
 * Issue 15, item "a large document never stalls the others", over stdio: a document
 * over 200 KB is analysed in the worker. Meanwhile it shows its layout and other
 * documents are answered; when the analysis arrives, its names, tokens and
 * diagnostics are there. (How fast is the bench's business, section G.)
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { pollWithin, stopWithin, within } from '../support/deadline';
import { inside } from '../support/textPositions';

const REGISTRY = 'entities:\n  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n    description: Transport minister\n';
const SMALL = 'Fares rise\n\nLISBON, March 4, 2024 (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise.\n';
const PARAGRAPH =
  'The council of Lisbon met again on Tuesday to discuss the budget, and members asked the ministry for the figures it had promised in the spring. ';
// About 400 KB: two thousand paragraphs, and a registered name in the last one.
const LARGE = `Council meets\n\nLISBON, March 4, 2024 (Test Wire) -- ${Array.from({ length: 2_000 }, () => PARAGRAPH).join('\n\n')}\n\nIn the end Transport Minister Amara Okafor said "the budget will hold," and left.\n`;
const DEADLINE = 60_000;

describe('a large document over stdio', () => {
  let dir: string;
  let server: TestServer;
  const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
  const hover = async (name: string, text: string) =>
    (
      (
        await within(
          server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri(name) }, position: inside(text, 'Okafor') }),
          DEADLINE,
          'hover',
        )
      )?.contents as MarkupContent | undefined
    )?.value ?? '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-lens-large-'));
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
    server = await within(startServer(dir, { settings: { maxFileSize: 2_000_000 } }), DEADLINE, 'initialize');
    server.open(uri('small.news'), SMALL);
  });

  after(async () => {
    const code = await stopWithin(server, 15_000);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0);
  });

  it('answers another document while a 400 KB article is analysed, then gives the large one its names and diagnostics', { timeout: 120_000 }, async () => {
    assert.ok(LARGE.length > 200_000);
    server.open(uri('large.news'), LARGE);
    assert.match(await hover('small.news', SMALL), /Transport minister/, 'the small document is answered');
    const value = await pollWithin(
      () => hover('large.news', LARGE),
      (v) => /Transport minister/.test(v),
      'the large document analysed',
      DEADLINE,
    );
    assert.match(value, /Amara Okafor/);
    // Its diagnostics arrive too (the quote is attributed, so no unattributed hint; "Lisbon" is a known place): a publish for this version.
    await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri('large.news'), { timeoutMs: DEADLINE });
    const tokens = await within(
      server.connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uri('large.news') } }),
      DEADLINE,
      'tokens',
    );
    assert.ok(tokens.data.length > 0, 'semantic tokens for the large document');
  });
});
