/**
 * Issue 15, a workspace someone else made, over stdio against the bundled server.
 * Every request and the shutdown run under a deadline: a server that hangs fails
 * the test instead of hanging the suite.
 *  1. Directory links that loop (`misc/a -> .`, `misc/b -> .`) with an article
 *     inside the loop: hovers are answered, each article is indexed once, and the
 *     server shuts down. Links out of the folder are not followed.
 *  2. `newsLens.maxWorkspaceFiles` caps the walk, with a window message.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import type { Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { pollWithin, stopWithin, within } from '../support/deadline';
import { inside } from '../support/textPositions';

const REGISTRY = 'entities:\n  - id: amara-okafor\n    name: Amara Okafor\n    type: person\n    description: Transport minister\n';
const article = (headline: string) =>
  `${headline}\n\nLISBON, March 4, 2024 (Test Wire) -- Transport Minister Amara Okafor said on Monday that fares would rise.\n`;
const A = article('Fares rise');
const DEADLINE = 15_000;

describe('a hostile workspace over stdio', () => {
  const dirs: string[] = [];
  const servers: TestServer[] = [];
  const workspace = () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-lens-hostile-ws-'));
    dirs.push(dir);
    return dir;
  };
  const start = async (dir: string, settings: object = {}) => {
    const server = await within(startServer(dir, { settings }), DEADLINE, 'initialize');
    servers.push(server);
    return server;
  };
  const hover = async (server: TestServer, uri: string, text: string) =>
    (
      (
        await within(
          server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: inside(text, 'Okafor') }),
          DEADLINE,
          'hover',
        )
      )?.contents as MarkupContent | undefined
    )?.value ?? '';

  after(async () => {
    for (const server of servers) await stopWithin(server, 5_000);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('answers hovers, indexes each article once and shuts down in a workspace whose links loop', { timeout: 60_000 }, async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
    writeFileSync(join(dir, 'a.news'), A);
    mkdirSync(join(dir, 'misc'));
    writeFileSync(join(dir, 'misc', 'inside.news'), article('Inside the loop'));
    symlinkSync('.', join(dir, 'misc', 'a'));
    symlinkSync('.', join(dir, 'misc', 'b'));
    symlinkSync('..', join(dir, 'misc', 'up'));
    // Links out of the workspace are never followed: one to a folder with an article, one to /dev/zero.
    const outside = workspace();
    writeFileSync(join(outside, 'outside.news'), article('Outside'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    symlinkSync('/dev/zero', join(dir, 'zero.news'));
    const server = await start(dir);
    const uri = pathToFileURL(join(dir, 'a.news')).toString();
    server.open(uri, A);
    // "Mentioned in 1 other article": inside.news once, not once per path through the loop, and not outside.news.
    let value = await pollWithin(
      () => hover(server, uri, A),
      (v) => /Mentioned in/.test(v),
      'the hover to count the indexed article',
      DEADLINE,
    );
    const references = await within(
      server.connection.sendRequest<Location[]>('textDocument/references', {
        textDocument: { uri },
        position: inside(A, 'Okafor'),
        context: { includeDeclaration: false },
      }),
      DEADLINE,
      'references',
    );
    const files = [...new Set(references.map((r) => r.uri.slice(pathToFileURL(dir).toString().length + 1)))].sort();
    assert.deepEqual(files, ['a.news', 'misc/inside.news'], 'each article once; nothing through a loop or out of the folder');
    value = await hover(server, uri, A);
    assert.match(value, /Mentioned in 1 other article:/);
    assert.equal(await stopWithin(server, DEADLINE), 0, 'shutdown returns and the server exits cleanly');
  });

  it('stops the walk at newsLens.maxWorkspaceFiles and says so', { timeout: 60_000 }, async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.news`), article(`Story ${i}`));
    const server = await start(dir, { maxWorkspaceFiles: 5 });
    const message = await server.waitFor<{ type: number; message: string }>('window/showMessageRequest', (m) => /maxWorkspaceFiles/.test(m.message), {
      timeoutMs: DEADLINE,
    });
    assert.match(message.message, /only the first 5 article files/);
    const uri = pathToFileURL(join(dir, 'a00.news')).toString();
    server.open(uri, article('Story 0'));
    await pollWithin(
      () => hover(server, uri, article('Story 0')),
      (v) => /Mentioned in 4 other articles:/.test(v),
      'the first five files indexed',
      DEADLINE,
    );
    // The scan is over (its log line says how many candidates it had): still four others, the rest were never read.
    await server.waitFor<{ message: string }>('window/logMessage', (m) => /Indexed \d+ of 5 candidate files/.test(m.message), { timeoutMs: DEADLINE });
    assert.match(await hover(server, uri, article('Story 0')), /Mentioned in 4 other articles:/, 'the first five files are indexed, the rest are not');
  });
});
