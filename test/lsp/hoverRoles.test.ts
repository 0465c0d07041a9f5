/**
 * The hover card of a registered person named with a title the registry lists as a role:
 * "Role here: Mayor" is said once, and the entry's other roles follow as "Other roles"
 * (the card used to add "Roles: Mayor", the same words again). Over stdio against the
 * bundled server; the registry and the article are invented for the test.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { inside } from '../support/textPositions';

const REGISTRY = `entities:
  - id: ines-kovac
    name: Ines Kovac
    type: person
    description: Mayor of Valdmere
    roles: [Mayor]
  - id: tomasz-weller
    name: Tomasz Weller
    type: person
    description: Valdmere councillor
    roles: [Councillor, chair of the river committee]
`;

const ARTICLE = `Valdmere approves river walkway

VALDMERE, May 14 (Lantern Post) -- Mayor Ines Kovac called the vote "a good day for the town". Councillor Tomasz Weller said work would start soon.
`;

describe('the roles on a hover card, over stdio', () => {
  let folder: string;
  let server: TestServer;
  const uri = () => pathToFileURL(join(folder, 'walkway.news')).toString();
  const card = async (needle: string) => {
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri() }, position: inside(ARTICLE, needle) });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
  };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'news-lens-roles-'));
    writeFileSync(join(folder, 'entities.yaml'), REGISTRY);
    writeFileSync(join(folder, 'walkway.news'), ARTICLE);
    server = await startServer(folder);
    const from = server.received.length;
    server.open(uri(), ARTICLE);
    await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri(), { from });
  });

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('names the role used here once, and lists only the other roles after it', async () => {
    const mayor = await card('Ines Kovac');
    assert.match(mayor, /Role here: Mayor/);
    assert.doesNotMatch(mayor, /Roles?: Mayor[\s\S]*Mayor/, mayor);
    assert.doesNotMatch(mayor, /^(Other roles|Roles):/m, mayor);
    const councillor = await card('Tomasz Weller');
    assert.match(councillor, /Role here: Councillor/);
    assert.match(councillor, /^Other roles: chair of the river committee$/m, councillor);
  });
});
