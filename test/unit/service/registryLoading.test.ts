/**
 * Loading a real team registry (issue 10 §1), on the language service over an in-memory
 * workspace: a name several entries share is Information on each claim, one broken entry is
 * an Error that drops only that entry, and every other entry still links in an article (token
 * modifier and hover card). A YAML syntax error keeps the last good version of an open
 * registry, and a registry that never parsed keeps the entries before its error. These are the
 * feature cases of test/lsp/registryLoading.test.ts, which keeps the protocol over stdio (the
 * registry's diagnostics published as a notification at start, shutdown); here the registry is
 * small and parsed in place, and each case reads what the service published and answered.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it, test } from 'node:test';
import type { Diagnostic, MarkupContent } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../../server/src/legend';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { toUri } from '../../../server/src/uri';
import { startService, type TestService } from '../../support/memoryWorkspace';
import { inside, rangeOf } from '../../support/textPositions';
import { REGISTRY } from '../../support/loadingNewsroom';
import { messageOf } from '../../support/diagnosticText';

/** Names the healthy entry after the broken one, the broken entry's name, and a shared name. */
const ARTICLE = `Harbour trust backs new ferry terminal
PORTSMOUTH, May 2, 2024 (Harbour Daily) -- Wendy Okafor, who runs the harbour trust, said on Thursday that the terminal would open next spring.

"The city needs it," Okafor said at Fratton Lane, where council leader Daniel Price also spoke.
`;

const FOLDER = '/desk';
const REGISTRY_PATH = `${FOLDER}/entities.yaml`;
const ARTICLE_PATH = `${FOLDER}/terminal.news`;
const REGISTRY_URI = toUri(REGISTRY_PATH);

const describeAll = (diagnostics: Diagnostic[]) => JSON.stringify(diagnostics.map((d) => [d.range, d.severity, messageOf(d)]));
/** The one diagnostic whose range is exactly the `nth` occurrence of `needle` in `text`. */
const on = (diagnostics: Diagnostic[], text: string, needle: string, nth = 0) => {
  const expected = JSON.stringify(rangeOf(text, needle, nth));
  const found = diagnostics.filter((d) => JSON.stringify(d.range) === expected);
  assert.equal(found.length, 1, `one diagnostic on "${needle}" #${nth}; got ${describeAll(diagnostics)}`);
  return found[0];
};
/** The card under `needle` in the open article. */
const hoverValue = (t: TestService, article: TextDocument, needle: string) => {
  const result = t.service.hover({ textDocument: { uri: article.uri }, position: inside(ARTICLE, needle) }, NEVER_CANCELLED);
  return (result?.contents as MarkupContent | undefined)?.value ?? '';
};

type Token = { line: number; char: number; text: string; type: string; modifiers: string[] };

/** The article's semantic tokens decoded with the legend the server announces (absolute positions, their text). */
function tokens(t: TestService, article: TextDocument): Token[] {
  const { data } = t.service.semanticTokens({ textDocument: { uri: article.uri } }, NEVER_CANCELLED);
  const lines = ARTICLE.split('\n');
  const out: Token[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({
      line,
      char,
      text: lines[line].slice(char, char + data[i + 2]),
      type: TOKEN_TYPES[data[i + 3]],
      modifiers: TOKEN_MODIFIERS.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0),
    });
  }
  return out;
}

describe('a team registry with shared names and one broken entry, on the language service', () => {
  let t: TestService;
  let article: TextDocument;
  let initial: Diagnostic[];

  before(async () => {
    t = await startService({ [REGISTRY_PATH]: REGISTRY, [ARTICLE_PATH]: ARTICLE }, { folder: FOLDER });
    initial = t.client.diagnostics.get(REGISTRY_URI) ?? [];
    article = t.workspace.openDocument(ARTICLE_PATH, ARTICLE);
  });
  after(() => t.service.dispose());

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

  it('still links every other entry in an article: registered tokens and hover cards', () => {
    const all = tokens(t, article);
    const okafor = all.filter((tk) => tk.text === 'Wendy Okafor' || tk.text === 'Okafor');
    assert.equal(okafor.length, 2, JSON.stringify(all));
    assert.ok(
      okafor.every((tk) => tk.type === 'person' && tk.modifiers.includes('registered')),
      JSON.stringify(okafor),
    );
    const card = hoverValue(t, article, 'Wendy Okafor');
    assert.match(card, /^\*\*Wendy Okafor\*\* — person/);
    assert.match(card, /Chief executive of the harbour trust/);
    const price = all.find((tk) => tk.text === 'Daniel Price');
    assert.ok(price?.modifiers.includes('registered'), 'a shared name links to one of its entries');
    assert.match(hoverValue(t, article, 'Daniel Price'), /^\*\*Daniel Price\*\* — person/);
  });

  it('leaves out the broken entry: its name is not registered', () => {
    assert.match(hoverValue(t, article, 'Fratton Lane'), /not in the registry/);
  });

  it('keeps the last good version of an open registry while a YAML syntax error is being fixed', async () => {
    // Opened as it is on disk: its problems, published at start, stand (opening redoes nothing).
    const registry = t.workspace.openDocument(REGISTRY_PATH, REGISTRY, 'yaml');
    assert.ok(t.client.diagnostics.has(REGISTRY_URI), 'the registry was published at start');
    // The entry the error falls in comes first, so "the entries before the error" would be none: what stays is the last good version.
    const broken = REGISTRY.replace('description: Local authority of the city of Portsmouth', 'description: Local authority: the city of Portsmouth');
    t.client.diagnostics.delete(REGISTRY_URI);
    t.workspace.editDocument(registry, broken);
    await until(() => t.client.diagnostics.has(REGISTRY_URI), 'the broken registry published');
    const diagnostics = t.client.diagnostics.get(REGISTRY_URI)!;
    const line = rangeOf(broken, 'Local authority:').start.line;
    const errors = diagnostics.filter((d) => d.severity === 1);
    assert.ok(errors.length > 0 && errors.every((d) => d.range.start.line === line), describeAll(diagnostics));
    assert.ok(
      errors.every((d) => messageOf(d).endsWith('(the last valid version of this registry stays in use until this is fixed)')),
      describeAll(errors),
    );
    assert.match(hoverValue(t, article, 'Wendy Okafor'), /Chief executive of the harbour trust/, 'an entry after the error still links');
    assert.ok(tokens(t, article).some((tk) => tk.text === 'Okafor' && tk.modifiers.includes('registered')));
  });
});

test('a registry that never parsed keeps the entries before a YAML syntax error and says so', async () => {
  const broken = REGISTRY.replace('    description: Concert pianist\n', '    description: "Concert pianist\n');
  const t = await startService({ [REGISTRY_PATH]: broken, [ARTICLE_PATH]: ARTICLE }, { folder: FOLDER });
  try {
    const diagnostics = t.client.diagnostics.get(REGISTRY_URI) ?? [];
    const syntax = diagnostics.filter((d) => d.severity === 1 && /quote/.test(messageOf(d)));
    assert.equal(syntax.length, 1, JSON.stringify(diagnostics));
    // Before the error: the two clubs, the broken entry (left out alone) and the first Daniel Price.
    assert.match(messageOf(syntax[0]), /\(the 3 entries before it are in use until this is fixed\)$/);
    const article = t.workspace.openDocument(ARTICLE_PATH, ARTICLE);
    assert.match(hoverValue(t, article, 'Daniel Price'), /Leader of the city council/, 'an entry before the error is in force');
    assert.match(hoverValue(t, article, 'Wendy Okafor'), /not in the registry/, 'an entry after the error is not');
  } finally {
    t.service.dispose();
  }
});

/** Polls `done` (the service may finish its work on a timer) for up to 10 s. */
async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
