/**
 * The bundled server over stdio on the two seed articles: semantic tokens where the
 * text says, hover on a name, the outline, and a clean shutdown.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover, MarkupContent, SemanticTokens } from 'vscode-languageserver-protocol';
import { decodeTokens, startServer, type TestServer } from '../support/lspClient';
import { SEEDS, seedsMissing } from '../support/paths';
import { workspaceWithRegistry } from '../support/registryFixture';

const missing = seedsMissing();

describe('server over stdio on the seed articles', { skip: missing }, () => {
  let server: TestServer;
  let folder: string;
  const texts: Record<string, string> = {};
  const uris: Record<string, string> = {};

  before(async () => {
    folder = workspaceWithRegistry();
    server = await startServer(folder);
    for (const [name, path] of Object.entries(SEEDS)) {
      texts[name] = readFileSync(path, 'utf8');
      // The document lives in the workspace folder so the folder's registry applies.
      uris[name] = pathToFileURL(join(folder, `${name}.txt`)).toString();
      server.open(uris[name], texts[name]);
    }
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('announces the legend of the manifest', () => {
    const legend = server.initialize.capabilities.semanticTokensProvider?.legend;
    assert.ok(legend?.tokenTypes.includes('person'));
    assert.ok(legend?.tokenModifiers.includes('registered'));
  });

  async function tokensOf(name: string) {
    const result = await server.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uris[name] } });
    const legend = server.initialize.capabilities.semanticTokensProvider!.legend;
    return decodeTokens(result.data, texts[name].split(/\r\n|\r|\n/), legend.tokenTypes, legend.tokenModifiers);
  }

  it('colours registered names, dates and quotes where the text has them', async () => {
    const tokens = await tokensOf('xinhua');
    const suga = tokens.find((t) => t.text === 'Yoshihide Suga');
    assert.ok(suga, 'a token covers "Yoshihide Suga"');
    assert.equal(suga.type, 'person');
    assert.ok(suga.modifiers.includes('registered'));
    assert.ok(suga.modifiers.includes('speaker'), 'he is the speaker of the first quote');
    assert.ok(
      tokens.some((t) => t.type === 'speaker' && t.text === "Japan's top government spokesperson"),
      'a descriptive speaker is a speaker token',
    );
    const line = texts.xinhua.split('\n')[suga.line];
    assert.equal(line.slice(suga.char, suga.char + 'Yoshihide Suga'.length), 'Yoshihide Suga');
    const gsomia = tokens.find((t) => t.text === 'GSOMIA');
    assert.equal(gsomia?.type, 'law');
    assert.ok(
      tokens.some((t) => t.type === 'date' && t.text === 'Monday'),
      'Monday is a date',
    );
    assert.ok(
      tokens.some((t) => t.type === 'quote' && t.text.startsWith('"It is important')),
      'the first quotation is coloured',
    );
    assert.ok(
      tokens.some((t) => t.type === 'boilerplate' && t.text === 'TOP STORIES'),
      'boilerplate is marked',
    );
    assert.ok(!tokens.some((t) => t.type !== 'boilerplate' && t.text === 'EXPLORE XINHUANET'), 'nothing in the boilerplate is annotated');
  });

  it('range requests return only tokens in the range', async () => {
    const result = await server.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri: uris.xinhua },
      range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
    });
    const legend = server.initialize.capabilities.semanticTokensProvider!.legend;
    const tokens = decodeTokens(result.data, texts.xinhua.split('\n'), legend.tokenTypes, legend.tokenModifiers);
    assert.ok(tokens.length > 0);
    assert.ok(tokens.every((t) => t.line === 0));
  });

  it('hovers a name with its registry card', async () => {
    const lines = texts.japanTimes.split('\n');
    const line = lines.findIndex((l) => l.includes('Yoshihide Suga'));
    const character = lines[line].indexOf('Yoshihide Suga') + 3;
    const result = await server.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: uris.japanTimes }, position: { line, character } });
    const value = (result.contents as MarkupContent).value;
    assert.match(value, /^\*\*Yoshihide Suga\*\*/);
    assert.match(value, /Chief Cabinet Secretary of Japan/);
    assert.deepEqual(result.range?.start, { line, character: lines[line].indexOf('Yoshihide Suga') });
  });

  it('outlines the article with its headline, people and dates', async () => {
    const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris.xinhua } });
    assert.match(symbols[0].name, /^Japan plans to maintain/);
    assert.ok(
      symbols[0].children?.some((c) => c.name === '2019-07-29'),
      'the publication date is under the article',
    );
    const people = symbols.find((s) => s.name === 'People');
    assert.ok(people?.children?.some((c) => c.name === 'Yoshihide Suga'));
    assert.ok(symbols.some((s) => s.name === 'Dates'));
  });

  it('reads the year-less dateline as XXXX-09-07', async () => {
    const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris.japanTimes } });
    assert.ok(symbols[0].children?.some((c) => c.name === 'XXXX-09-07'));
  });

  it('shuts down and exits cleanly with nothing on stderr', async () => {
    const code = await server.stop();
    assert.equal(code, 0);
    assert.equal(server.stderr(), '');
  });
});
