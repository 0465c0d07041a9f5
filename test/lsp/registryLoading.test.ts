/**
 * A real team registry over stdio (issue 10 §1): a name several entries share is
 * Information on each claim, one broken entry is an Error that drops only that
 * entry, and every other entry still links in an article (token modifier and hover
 * card). A YAML syntax error keeps the last good version of an open registry, and
 * a registry that never parsed keeps the entries before its error.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams, SemanticTokens } from 'vscode-languageserver-protocol';
import { decodeTokens, startServer, type TestServer } from '../support/lspClient';
import { inside, rangeOf } from '../support/textPositions';

/** Invented for this test: a shared alias ("Pompey"), a shared name ("Daniel Price") and one entry with an unknown type. */
const REGISTRY = `# A newsroom registry written for the loading tests
entities:
  - id: portsmouth-city
    name: Portsmouth City Council
    type: organization
    aliases: [Pompey]
    description: Local authority of the city of Portsmouth
  - id: harbour-fc
    name: Harbour Football Club
    type: organization
    aliases: [Pompey, The Blues]
    description: Professional football club based at Fratton Lane
  - id: broken-entry
    name: Fratton Lane
    type: stadium
  - id: daniel-price-council
    name: Daniel Price
    type: person
    description: Leader of the city council
  - id: daniel-price-pianist
    name: Daniel Price
    type: person
    description: Concert pianist
  - id: wendy-okafor
    name: Wendy Okafor
    type: person
    aliases: [Okafor]
    description: Chief executive of the harbour trust
`;

/** Names the healthy entry after the broken one, the broken entry's name, and a shared name. */
const ARTICLE = `Harbour trust backs new ferry terminal
PORTSMOUTH, May 2, 2024 (Harbour Daily) -- Wendy Okafor, who runs the harbour trust, said on Thursday that the terminal would open next spring.

"The city needs it," Okafor said at Fratton Lane, where council leader Daniel Price also spoke.
`;

/** A diagnostic's message as text (LSP 3.18 also allows markup). */
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

type Token = { line: number; char: number; text: string; type: string; modifiers: string[] };

describe('a team registry with shared names and one broken entry, over stdio', () => {
  let folder: string;
  let server: TestServer;
  let version = 1;
  const registryUri = () => pathToFileURL(join(folder, 'entities.yaml')).toString();
  const articleUri = () => pathToFileURL(join(folder, 'terminal.news')).toString();
  const hoverValue = async (needle: string) => {
    const result = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: articleUri() },
      position: inside(ARTICLE, needle),
    });
    return (result?.contents as MarkupContent | undefined)?.value ?? '';
  };
  const tokens = async (): Promise<Token[]> => {
    const result = await server.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: articleUri() } });
    const legend = server.initialize.capabilities.semanticTokensProvider!.legend;
    return decodeTokens(result.data, ARTICLE.split('\n'), legend.tokenTypes, legend.tokenModifiers);
  };
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
    writeFileSync(join(folder, 'terminal.news'), ARTICLE);
    server = await startServer(folder);
    initial = (await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === registryUri())).diagnostics;
    server.open(articleUri(), ARTICLE);
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

  it('shows the broken entry as one Error on its type, and nothing else', () => {
    const d = on(initial, REGISTRY, 'stadium');
    assert.equal(d.severity, 1);
    assert.match(messageOf(d), /^Unknown type "stadium"\. .* This entry is left out until this is fixed\.$/);
    assert.equal(initial.length, 5, describeAll(initial));
  });

  it('still links every other entry in an article: registered tokens and hover cards', async () => {
    const all = await tokens();
    const okafor = all.filter((t) => t.text === 'Wendy Okafor' || t.text === 'Okafor');
    assert.equal(okafor.length, 2, JSON.stringify(all));
    assert.ok(
      okafor.every((t) => t.type === 'person' && t.modifiers.includes('registered')),
      JSON.stringify(okafor),
    );
    const card = await hoverValue('Wendy Okafor');
    assert.match(card, /^\*\*Wendy Okafor\*\* — person/);
    assert.match(card, /Chief executive of the harbour trust/);
    const price = all.find((t) => t.text === 'Daniel Price');
    assert.ok(price?.modifiers.includes('registered'), 'a shared name links to one of its entries');
    assert.match(await hoverValue('Daniel Price'), /^\*\*Daniel Price\*\* — person/);
  });

  it('leaves out the broken entry: its name is not registered', async () => {
    assert.match(await hoverValue('Fratton Lane'), /not in the registry/);
  });

  it('keeps the last good version of an open registry while a YAML syntax error is being fixed', async () => {
    let from = server.received.length;
    server.open(registryUri(), REGISTRY, 'yaml');
    await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === registryUri(), { from });
    // The entry the error falls in comes first, so "the entries before the error" would be none: what stays is the last good version.
    const broken = REGISTRY.replace('description: Local authority of the city of Portsmouth', 'description: Local authority: the city of Portsmouth');
    from = server.received.length;
    server.change(registryUri(), broken, ++version);
    const { diagnostics } = await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === registryUri(), { from });
    const line = rangeOf(broken, 'Local authority:').start.line;
    const errors = diagnostics.filter((d) => d.severity === 1);
    assert.ok(errors.length > 0 && errors.every((d) => d.range.start.line === line), describeAll(diagnostics));
    assert.ok(
      errors.every((d) => messageOf(d).endsWith('(the last valid version of this registry stays in use until this is fixed)')),
      describeAll(errors),
    );
    assert.match(await hoverValue('Wendy Okafor'), /Chief executive of the harbour trust/, 'an entry after the error still links');
    assert.ok((await tokens()).some((t) => t.text === 'Okafor' && t.modifiers.includes('registered')));
  });

  it('shuts down cleanly with nothing on stderr', async () => {
    assert.equal(await server.stop(), 0);
    assert.equal(server.stderr(), '');
  });
});

describe('a registry that never parsed, over stdio', () => {
  let server: TestServer;

  after(async () => {
    if (server && server.process.exitCode === null) await server.stop();
  });

  it('keeps the entries before a YAML syntax error and says so', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'news-lens-loading-'));
    const broken = REGISTRY.replace('    description: Concert pianist\n', '    description: "Concert pianist\n');
    writeFileSync(join(folder, 'entities.yaml'), broken);
    const articleUri = pathToFileURL(join(folder, 'terminal.news')).toString();
    writeFileSync(join(folder, 'terminal.news'), ARTICLE);
    server = await startServer(folder);
    const registryUri = pathToFileURL(join(folder, 'entities.yaml')).toString();
    const { diagnostics } = await server.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === registryUri);
    const syntax = diagnostics.filter((d) => d.severity === 1 && /quote/.test(messageOf(d)));
    assert.equal(syntax.length, 1, JSON.stringify(diagnostics));
    // Before the error: the two clubs, the broken entry (left out alone) and the first Daniel Price.
    assert.match(messageOf(syntax[0]), /\(the 3 entries before it are in use until this is fixed\)$/);
    server.open(articleUri, ARTICLE);
    const hover = async (needle: string) => {
      const result = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri: articleUri },
        position: inside(ARTICLE, needle),
      });
      return (result?.contents as MarkupContent | undefined)?.value ?? '';
    };
    assert.match(await hover('Daniel Price'), /Leader of the city council/, 'an entry before the error is in force');
    assert.match(await hover('Wendy Okafor'), /not in the registry/, 'an entry after the error is not');
    assert.equal(await server.stop(), 0);
    assert.equal(server.stderr(), '');
  });
});
