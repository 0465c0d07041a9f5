/**
 * The editor side of shared names (issue 10 part 3), on hand-built analyses whose
 * mentions carry the linker's candidates: the hover's "Could also be:" section,
 * the low-margin Information diagnostic, the Warning on a front-matter link to an
 * unknown id, the quick fixes and the front-matter edits they carry, and the names
 * that tell two entries with one name apart.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, type Location } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildRegistry, parseRegistry, type ArticleAnalysis, type EntityMention } from '../../server/src/analysis';
import { readFrontMatter } from '../../server/src/analysis/frontMatter';
import { linkValue } from '../../server/src/analysis/frontMatterLinkEdit';
import { applyEdits } from '../../server/src/analysis/registry/edit';
import { readStructure } from '../../server/src/analysis/structure';
import { ambiguitySection } from '../../server/src/features/ambiguityHover';
import { hover } from '../../server/src/features/hover';
import { linkActions } from '../../server/src/features/linkActions';
import { LINK_CODES, linkDiagnostics } from '../../server/src/features/linkDiagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { distinctName, oneLine } from '../../server/src/wording/names';

// Two files, so the names are shared whatever the single-file parser accepts.
const registry = buildRegistry([
  parseRegistry(
    `entities:
  - {id: portsmouth-hampshire, name: Portsmouth, type: place, description: City on Portsea Island in Hampshire. Home of the Royal Navy.}
  - {id: daniel-price-pianist, name: Daniel Price, type: person, roles: [pianist], description: Concert pianist from Leeds}
`,
    'a.yaml',
  ),
  parseRegistry(
    `entities:
  - id: portsmouth-fc
    name: Portsmouth F.C.
    type: organization
    aliases: [Portsmouth, Pompey]
    description: Professional football club based in Portsmouth. Founded in 1898.
  - id: portsmouth-nh
    name: Portsmouth, New Hampshire
    type: place
    aliases: [Portsmouth]
    description: "[click me](http://evil.example) and\\n# a heading"
  - {id: daniel-price-council, name: Daniel Price, type: person, roles: [council leader]}
`,
    'b.yaml',
  ),
]);

/** A diagnostic's message as text (the protocol also allows markup). */
const messageOf = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);

const ARTICLE = 'Pompey win at home\n\nPortsmouth beat Leeds 2-0. Fans in Portsmouth sang.\n';

/** An analysis of `text` whose entities are the given mentions (offsets found by text, nth occurrence). */
function analysisOf(text: string, mentions: Array<Partial<EntityMention> & { text: string; nth?: number }>): ArticleAnalysis {
  const entities = mentions.map(({ nth = 0, ...m }) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(m.text, start + 1);
    assert.ok(start >= 0, `"${m.text}" is in the text`);
    return { type: 'organization', entityId: 'x', registered: true, source: 'registry', ...m, start, end: start + m.text.length } as EntityMention;
  });
  return { structure: readStructure(text), publicationDate: { value: null, source: 'none' }, entities, dates: [], quotes: [], notices: [] };
}

const CANDIDATES = [
  { entityId: 'portsmouth-fc', score: 0.52 },
  { entityId: 'portsmouth-hampshire', score: 0.48 },
  { entityId: 'portsmouth-nh', score: 0.05 },
];
const close = {
  text: 'Portsmouth',
  entityId: 'portsmouth-fc',
  candidates: CANDIDATES,
  ambiguous: true,
  linkReason: 'context: beat, Leeds',
  linkSource: 'scorer' as const,
};
const sure = {
  ...close,
  nth: 1,
  ambiguous: false,
  candidates: [
    { entityId: 'portsmouth-fc', score: 0.9 },
    { entityId: 'portsmouth-hampshire', score: 0.2 },
  ],
};

describe('hover on a name several entries share', () => {
  it('shows the chosen card, why it won and the other candidates, escaped', () => {
    const analysis = analysisOf(ARTICLE, [close]);
    const section = ambiguitySection(analysis.entities[0], registry) ?? '';
    assert.match(section, /\*\*Close call\.\*\* Linked here because: context\\: beat, Leeds\./);
    const others = section.split('Could also be:')[1];
    assert.ok(others, section);
    assert.doesNotMatch(others, /portsmouth-fc/, 'the chosen entry is not among the others');
    assert.match(others, /- \*\*Portsmouth\*\* \(place\) — City on Portsea Island in Hampshire · `portsmouth-hampshire`/);
    assert.match(others, /\*\*Portsmouth, New Hampshire\*\* \(place\)/);
    assert.doesNotMatch(section, /\[click me\]\(/, 'a link in a description stays text');
    assert.doesNotMatch(section, /\n#/, 'a heading in a description stays text');
    assert.match(section, /\\\[click me\\\]\\\(http/);
  });

  it('is part of the hover card, after the entry and before the counts of other articles', () => {
    const document = TextDocument.create('file:///a.news', 'news', 1, ARTICLE);
    const analysis = analysisOf(ARTICLE, [close]);
    const value = (hover(document, analysis, registry, analysis.entities[0].start + 2)!.contents as { value: string }).value;
    assert.match(value, /^\*\*Portsmouth F\.C\.\*\* — organization/);
    assert.ok(value.indexOf('Professional football club') < value.indexOf('Could also be:'));
  });

  it('says when the front matter chose, and lists every candidate for a mention left unlinked', () => {
    const chosen = analysisOf(ARTICLE, [{ ...close, ambiguous: false, linkSource: 'front-matter', linkReason: 'chosen in front matter' }]);
    assert.match(ambiguitySection(chosen.entities[0], registry) ?? '', /^Linked here because: chosen in this article's front matter \(`links`\)\./);
    const unlinked = analysisOf(ARTICLE, [{ ...close, registered: false, entityId: 'portsmouth', type: 'person', linkReason: 'a person here' }]);
    const section = ambiguitySection(unlinked.entities[0], registry) ?? '';
    assert.match(section, /^Not linked: a person here\./);
    assert.match(
      ambiguitySection({ ...unlinked.entities[0], linkReason: undefined }, registry) ?? '',
      /^Not linked: none of the 3 registry entries named "Portsmouth" fits here\./,
    );
    assert.equal(section.match(/^- /gm)?.length, 3);
  });

  it('adds nothing to a mention with a single candidate', () => {
    assert.equal(ambiguitySection(analysisOf(ARTICLE, [{ text: 'Pompey', entityId: 'portsmouth-fc' }]).entities[0], registry), undefined);
  });
});

describe('diagnostics of shared names and front-matter links', () => {
  const locate = (entry: { id: string }): Location => ({
    uri: `file:///registry.yaml#${entry.id}`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
  });

  it('flags only the low-margin mention, with every candidate as related information', () => {
    const document = TextDocument.create('file:///a.news', 'news', 1, ARTICLE);
    const diagnostics = linkDiagnostics(document, analysisOf(ARTICLE, [close, sure]), registry, locate);
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d.severity, DiagnosticSeverity.Information);
    assert.equal(d.code, LINK_CODES.ambiguous);
    assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } });
    assert.match(messageOf(d.message), /could be 3 registry entries; linked to Portsmouth F\.C\. \(organization\)/);
    assert.deepEqual(
      d.relatedInformation!.map((r) => r.location.uri),
      CANDIDATES.map((c) => `file:///registry.yaml#${c.entityId}`),
    );
    assert.match(d.relatedInformation![1].message, /^Portsmouth \(place\) — City on Portsea Island in Hampshire · score 0\.48$/);
  });

  it('warns on a links key naming an id the registry does not know', () => {
    const text = `---\nlinks:\n  Portsmouth: portsmuth-fc\n  Daniel Price: [daniel-price-pianist, ~, nobody]\n  Pompey: portsmouth-fc\n  Odd: {a: 1}\n---\n${ARTICLE}`;
    const document = TextDocument.create('file:///a.news', 'news', 1, text);
    const diagnostics = linkDiagnostics(document, analysisOf(text, []), registry, locate);
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, d.code, text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end))]),
      [
        [DiagnosticSeverity.Warning, LINK_CODES.badLinkValue, '{a: 1}'],
        [DiagnosticSeverity.Warning, LINK_CODES.unknownLinkId, 'Portsmouth'],
        [DiagnosticSeverity.Warning, LINK_CODES.unknownLinkId, 'Daniel Price'],
      ],
    );
    assert.match(messageOf(diagnostics[1].message), /"portsmuth-fc" is not an id in the registry, so the link for "Portsmouth" is ignored/);
    assert.match(messageOf(diagnostics[2].message), /"nobody" is not an id in the registry, so the link for "Daniel Price" is partly ignored/);
  });
});

describe('quick fixes that link a shared name', () => {
  const titles = (text: string, mentions: Parameters<typeof analysisOf>[1], at: number) => {
    const document = TextDocument.create('file:///a.news', 'news', 1, text);
    const analysis = analysisOf(text, mentions);
    const offset = analysis.entities[at].start;
    return { document, actions: linkActions(document, analysis, registry, offset, offset, []) };
  };

  it('offers one fix per candidate on a name written once, none preferred on a close call', () => {
    const text = 'Pompey win\n\nPortsmouth beat Leeds.\n';
    const { actions } = titles(text, [close], 0);
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        "Link 'Portsmouth' to Portsmouth F.C. (organization) — Professional football club based in Portsmouth",
        "Link 'Portsmouth' to Portsmouth (place) — City on Portsea Island in Hampshire",
        "Link 'Portsmouth' to Portsmouth, New Hampshire (place) — [click me](http://evil.example) and # a heading",
      ],
    );
    assert.ok(actions.every((a) => !a.isPreferred));
  });

  it('prefers the first candidate only when its margin is large, and offers the others too', () => {
    const { actions } = titles(ARTICLE, [{ ...close, ambiguous: false }, sure], 1);
    assert.deepEqual(
      actions.map((a) => [a.title.replace(/ — .*/, ''), !!a.isPreferred]),
      [
        ["Link all 2 mentions of 'Portsmouth' in this article to Portsmouth F.C. (organization)", true],
        ["Link all 2 mentions of 'Portsmouth' in this article to Portsmouth (place)", false],
        ["Link only this mention of 'Portsmouth' (2 of 2) to Portsmouth F.C. (organization)", false],
        ["Link only this mention of 'Portsmouth' (2 of 2) to Portsmouth (place)", false],
      ],
    );
  });

  it('writes the choice into the front matter; the per-occurrence fix writes a list', () => {
    const { document, actions } = titles(ARTICLE, [close, sure], 1);
    const apply = (title: RegExp) => {
      const action = actions.find((a) => title.test(a.title))!;
      const edits = action.edit!.changes![document.uri].map((e) => ({
        start: document.offsetAt(e.range.start),
        end: document.offsetAt(e.range.end),
        newText: e.newText,
      }));
      return applyEdits(ARTICLE, edits);
    };
    assert.equal(apply(/^Link all 2 mentions .* Portsmouth \(place\)/), `---\nlinks:\n  Portsmouth: portsmouth-hampshire\n---\n${ARTICLE}`);
    assert.equal(apply(/^Link only this mention .* Portsmouth \(place\)/), `---\nlinks:\n  Portsmouth: [~, portsmouth-hampshire]\n---\n${ARTICLE}`);
  });

  it('leaves out the choice the front matter already makes, and says why when the front matter is broken', () => {
    const chosen = `---\nlinks:\n  Portsmouth: portsmouth-fc\n---\nPompey win\n\nPortsmouth beat Leeds.\n`;
    const { actions } = titles(chosen, [{ ...close, linkSource: 'front-matter' }], 0);
    assert.deepEqual(
      actions.map((a) => a.title.replace(/ — .*/, '')),
      ["Link 'Portsmouth' to Portsmouth (place)", "Link 'Portsmouth' to Portsmouth, New Hampshire (place)"],
    );
    const broken = `---\ntitle: [oops\n---\nPompey win\n\nPortsmouth beat Leeds.\n`;
    const refused = titles(broken, [close], 0).actions;
    assert.equal(refused.length, 1);
    assert.match(refused[0].disabled!.reason, /YAML errors/);
  });

  it('answers the Information diagnostic of a mention the cursor is not on', () => {
    const document = TextDocument.create('file:///a.news', 'news', 1, ARTICLE);
    const analysis = analysisOf(ARTICLE, [close, sure]);
    const [diagnostic] = linkDiagnostics(document, analysis, registry, () => undefined);
    const actions = linkActions(document, analysis, registry, 0, 0, [diagnostic]);
    assert.ok(actions.length > 0 && actions.every((a) => a.diagnostics?.[0] === diagnostic));
  });

  it('counts the mentions of a name as the linker does: an all-caps headline falls under the same key', () => {
    const text = 'PORTSMOUTH WIN\n\nPortsmouth beat Leeds. Portsmouth fans sang.\n';
    const { document, actions } = titles(text, [{ ...close, text: 'PORTSMOUTH' }, close, { ...close, nth: 1 }], 2);
    const only = actions.find((a) => a.title.startsWith("Link only this mention of 'Portsmouth' (3 of 3) to Portsmouth (place)"));
    assert.ok(only, JSON.stringify(actions.map((a) => a.title)));
    const edited = applyEdits(
      text,
      only.edit!.changes![document.uri].map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), newText: e.newText })),
    );
    assert.equal(edited, `---\nlinks:\n  Portsmouth: [~, ~, portsmouth-hampshire]\n---\n${text}`);
  });

  it('the written front matter reads back as the choice', () => {
    const { document, actions } = titles(ARTICLE, [close, sure], 0);
    const action = actions.find((a) => /^Link only this mention .*\(1 of 2\) to Portsmouth, New/.test(a.title))!;
    const text = applyEdits(
      ARTICLE,
      action.edit!.changes![document.uri].map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), newText: e.newText })),
    );
    assert.deepEqual(
      readFrontMatter(text)!.links!.entries.map((k) => [k.form, linkValue(k)]),
      [['Portsmouth', ['portsmouth-nh']]],
    );
  });
});

describe('names of entries that share a name', () => {
  it('adds a role or the first words of the description, only when the name is shared', () => {
    assert.equal(distinctName(registry, 'daniel-price-pianist'), 'Daniel Price (pianist)');
    assert.equal(distinctName(registry, 'daniel-price-council'), 'Daniel Price (council leader)');
    assert.equal(distinctName(registry, 'portsmouth-hampshire'), 'Portsmouth (City on Portsea Island in Hampshire)');
    assert.equal(distinctName(registry, 'portsmouth-fc'), 'Portsmouth F.C.');
    assert.equal(distinctName(registry, 'nobody'), undefined);
  });

  it('cuts a description to its first sentence, not at an abbreviation', () => {
    assert.equal(oneLine('Portsmouth F.C. is a club. Founded 1898.'), 'Portsmouth F.C. is a club');
    assert.equal(oneLine('A\nclub'), 'A club');
    assert.equal(oneLine('word '.repeat(40), 20), 'word word word word…');
  });
});

describe('the outline of an article naming two entries that share a name', () => {
  it('lists each entry apart, and an unregistered name under its own words even when its id is a registry id', () => {
    const text = 'Prices meet\n\nDaniel Price met Daniel Price in Portsmouth.\n';
    const analysis = analysisOf(text, [
      { text: 'Daniel Price', entityId: 'daniel-price-council', type: 'person' },
      { text: 'Daniel Price', nth: 1, entityId: 'daniel-price-pianist', type: 'person' },
      { text: 'Portsmouth', entityId: 'portsmouth-hampshire', type: 'person', registered: false, source: 'tagger' },
    ]);
    const symbols = documentSymbols(TextDocument.create('file:///a.news', 'news', 1, text), analysis, registry);
    const people = symbols.find((s) => s.name === 'People')!.children!.map((c) => [c.name, c.detail]);
    assert.deepEqual(people, [
      ['Daniel Price (council leader)', '1 mention'],
      ['Daniel Price (pianist)', '1 mention'],
      ['Portsmouth', '1 mention · unregistered'],
    ]);
  });
});
