/**
 * Registry edits (add entity, add alias, rename, ignore) on every file style:
 * the result parses, holds exactly the intended change, and keeps every other
 * byte (comments, order, unknown keys, indentation, quoting, CRLF, BOM, JSON).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseRegistry } from '../../server/src/analysis/registry/parse';
import { addAlias, addEntity, addIgnore, applyEdits, newRegistryText, renameEntity, type TextEdit } from '../../server/src/analysis/registry/edit';

const BLOCK2 = `# Team registry, keep people first
entities:   # all of them
  # people
  - id: amara-okafor      # slug
    name: Amara Okafor    # canonical
    type: person
    aliases:
      - Okafor            # surname
      - "A. Okafor"
    team_note: kept       # unknown key

  - id: npa
    name: 'Northern Ports Authority'
    type: organization
    links:
      - https://example.org/npa
# trailing comment
ignore:
  - Reuters   # wire
custom_top: { a: 1 }
`;

const FLOW4 = `entities:
    -   id: amara-okafor
        name: Amara Okafor
        type: person
        aliases: [Okafor, "A. Okafor"]   # short forms
        x-extra: {keep: true}
    -   id: npa
        name: Northern Ports Authority   # full
        type: organization
ignore: [Reuters, AP]  # wires
`;

const ODD3 = `# odd indentation, lists not indented under their key
entities:
   - id: amara-okafor
     name: Amara Okafor
     type: person
     aliases:
     - Okafor
   - id: npa
     name: Northern Ports Authority
     type: organization
     aliases: []
`;

const JSON2 =
  JSON.stringify(
    {
      entities: [
        { id: 'amara-okafor', name: 'Amara Okafor', type: 'person', aliases: ['Okafor', 'A. Okafor'], team_note: 'kept' },
        { id: 'npa', name: 'Northern Ports Authority', type: 'organization' },
      ],
      ignore: ['Reuters'],
    },
    null,
    2,
  ) + '\n';

const JSON4_INLINE = `{
    "entities": [
        {
            "id": "amara-okafor",
            "name": "Amara Okafor",
            "type": "person",
            "aliases": ["Okafor", "A. Okafor"]
        },
        {
            "id": "npa",
            "name": "Northern Ports Authority",
            "type": "organization",
            "extra": {"keep": [1, 2]}
        }
    ]
}`;

const JSON_COMPACT = JSON.stringify({
  entities: [
    { id: 'amara-okafor', name: 'Amara Okafor', type: 'person', aliases: ['Okafor'] },
    { id: 'npa', name: 'Northern Ports Authority', type: 'organization' },
  ],
});

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const bom = (text: string) => `\uFEFF${text}`;
const noFinalNewline = (text: string) => text.replace(/\n+$/, '');

const STYLES: Record<string, string> = {
  'block lists, 2 spaces, comments, blank lines': BLOCK2,
  'block lists, CRLF': crlf(BLOCK2),
  'block lists, no final newline': noFinalNewline(BLOCK2),
  'flow lists, 4 spaces': FLOW4,
  'flow lists, BOM + CRLF': bom(crlf(FLOW4)),
  'odd 3-space indentation, unindented lists': ODD3,
  'odd indentation, no final newline': noFinalNewline(ODD3),
  'JSON pretty (2)': JSON2,
  'JSON pretty (4), inline arrays, no final newline': JSON4_INLINE,
  'JSON compact': JSON_COMPACT,
  'JSON compact with BOM': bom(JSON_COMPACT),
};

type Data = { entities: Array<Record<string, unknown>>; ignore?: string[]; [key: string]: unknown };

function data(text: string): Data {
  return parse(text.replace(/^\uFEFF/, '')) as Data;
}

/** Lines with their line breaks, so CRLF differences are visible. */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (big[j] === small[i]) i++;
  return i === small.length;
}

/**
 * Checks that the edit only added text: the lines before and after the change are
 * identical, and the changed original lines survive character for character
 * inside the new ones. Returns the added lines for further checks.
 */
function assertOnlyAdded(original: string, result: string): string[] {
  const a = lines(original);
  const b = lines(result);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const removed = a.slice(head, a.length - tail).join('');
  const added = b.slice(head, b.length - tail).join('');
  assert.ok(isSubsequence(removed, added), `original text was changed, not only added to:\n--- was\n${removed}\n--- now\n${added}`);
  return b.slice(head, b.length - tail);
}

/**
 * Applies edits and checks everything every edit must keep: parse, framing, line
 * endings, and only-added text. With `renames`, edits that replace text must each
 * replace exactly one scalar (the name, or an alias swapped with it); the rest
 * must only add text.
 */
function applyAndCheck(original: string, edits: TextEdit[], options: { renames?: boolean } = {}): string {
  const result = applyEdits(original, edits);
  const parsed = parseRegistry(result);
  assert.equal(parsed.ok, true, `result does not parse:\n${result}\n${JSON.stringify(parsed.problems)}`);
  // No new problem: only the original's may remain (a fixture's unknown top-level key is a warning, and kept; a single alias made a list is fixed).
  const before = new Set(parseRegistry(original).problems.map((p) => p.message));
  assert.deepEqual(
    parsed.problems.filter((p) => !before.has(p.message)),
    [],
  );
  assert.equal(result.startsWith('\uFEFF'), original.startsWith('\uFEFF'), 'BOM kept');
  assert.equal(/\n$/.test(result), /\n$/.test(original), 'final newline kept as it was');
  if (original.includes('\r\n')) assert.equal(/(^|[^\r])\n/.test(result), false, `a bare LF was written into a CRLF file:\n${JSON.stringify(result)}`);
  else assert.equal(result.includes('\r'), false);
  if (/^\uFEFF?\{/.test(original)) JSON.parse(result.replace(/^\uFEFF/, ''));
  const replacing = edits.filter((e) => e.end > e.start);
  if (options.renames) {
    assert.ok(replacing.length >= 1 && replacing.length <= 2, 'a rename replaces the name (and at most one alias)');
    const names = new Set(parseRegistry(original).entries.flatMap((e) => [e.name, ...e.aliases]));
    for (const edit of replacing) {
      const source = original.slice(edit.start, edit.end);
      assert.ok(names.has(String(parse(`k: ${source}`).k)), `replaced something that is not a name: ${source}`);
      assert.ok(!source.includes('\n'), `replaced more than one line: ${source}`);
    }
  } else {
    assert.deepEqual(replacing, [], 'only insertions');
  }
  assertOnlyAdded(
    original,
    applyEdits(
      original,
      edits.filter((e) => e.end === e.start),
    ),
  );
  return result;
}

const entity = (d: Data, id: string) => d.entities.find((e) => e.id === id)!;

describe('registry edits keep every file style', () => {
  for (const [style, original] of Object.entries(STYLES)) {
    describe(style, () => {
      it('adds an entity at the end of entities', () => {
        const { edits, id } = addEntity(original, { name: 'Kenji Mori', type: 'person', aliases: ['Mori', 'K. Mori'], description: 'Chief: spokesperson #1' });
        assert.equal(id, 'kenji-mori');
        const result = applyAndCheck(original, edits);
        const expected = data(original);
        expected.entities.push({ id: 'kenji-mori', name: 'Kenji Mori', type: 'person', aliases: ['Mori', 'K. Mori'], description: 'Chief: spokesperson #1' });
        assert.deepEqual(data(result), expected);
        assert.deepEqual(
          parseRegistry(result).entries.map((e) => e.id),
          ['amara-okafor', 'npa', 'kenji-mori'],
        );
      });

      it('adds an alias to an existing list', () => {
        const result = applyAndCheck(original, addAlias(original, 'amara-okafor', 'Dr Okafor'));
        const expected = data(original);
        (entity(expected, 'amara-okafor').aliases as string[]).push('Dr Okafor');
        assert.deepEqual(data(result), expected);
      });

      it('adds an alias to an entity without one (creating the list when absent)', () => {
        const result = applyAndCheck(original, addAlias(original, 'npa', 'NPA'));
        const expected = data(original);
        entity(expected, 'npa').aliases = [...((entity(expected, 'npa').aliases as string[] | undefined) ?? []), 'NPA'];
        assert.deepEqual(data(result), expected);
      });

      it('renames an entity and keeps the old name as an alias', () => {
        const result = applyAndCheck(original, renameEntity(original, 'npa', "Ports: North's Authority"), { renames: true });
        const expected = data(original);
        const npa = entity(expected, 'npa');
        npa.name = "Ports: North's Authority";
        npa.aliases = [...((npa.aliases as string[] | undefined) ?? []), 'Northern Ports Authority'];
        assert.deepEqual(data(result), expected);
      });

      it('adds a name to the ignore list (creating it when absent)', () => {
        const result = applyAndCheck(original, addIgnore(original, 'AFP'));
        const expected = data(original);
        expected.ignore = [...(expected.ignore ?? []), 'AFP'];
        assert.deepEqual(data(result), expected);
      });
    });
  }
});

describe('registry edits write the new lines in the file style', () => {
  it('copies the dash prefix, key column and blank line between entries', () => {
    const { edits } = addEntity(BLOCK2, { name: 'Kenji Mori', type: 'person', aliases: ['Mori'] });
    const added = assertOnlyAdded(BLOCK2, applyEdits(BLOCK2, edits));
    assert.deepEqual(added, ['\n', '  - id: kenji-mori\n', '    name: Kenji Mori\n', '    type: person\n', '    aliases:\n', '      - Mori\n']);
  });

  it('uses the 4-space `-   ` prefix and flow lists of FLOW4', () => {
    const { edits } = addEntity(FLOW4, { name: 'Kenji Mori', type: 'person', aliases: ['Mori'] });
    const added = assertOnlyAdded(FLOW4, applyEdits(FLOW4, edits));
    assert.deepEqual(added, ['    -   id: kenji-mori\n', '        name: Kenji Mori\n', '        type: person\n', '        aliases: [Mori]\n']);
  });

  it('adds `- name` lines at the list column, unindented lists included', () => {
    const added = assertOnlyAdded(ODD3, applyEdits(ODD3, addAlias(ODD3, 'amara-okafor', 'Dr Okafor')));
    assert.deepEqual(added, ['     - Dr Okafor\n']);
    const block = assertOnlyAdded(BLOCK2, applyEdits(BLOCK2, addAlias(BLOCK2, 'amara-okafor', 'Dr Okafor')));
    assert.deepEqual(block, ['      - Dr Okafor\n']);
  });

  it('inserts `, name` before `]` of a flow list and keeps the trailing comment', () => {
    const result = applyEdits(FLOW4, addAlias(FLOW4, 'amara-okafor', 'Dr Okafor'));
    assert.ok(result.includes('        aliases: [Okafor, "A. Okafor", Dr Okafor]   # short forms\n'), result);
    assert.ok(applyEdits(ODD3, addAlias(ODD3, 'npa', 'NPA')).includes('     aliases: [NPA]\n'));
  });

  it('creates `aliases:` after `type:` in the block style the file prefers', () => {
    const added = assertOnlyAdded(BLOCK2, applyEdits(BLOCK2, addAlias(BLOCK2, 'npa', 'NPA')));
    assert.deepEqual(added, ['    aliases:\n', '      - NPA\n']);
    const flow = assertOnlyAdded(FLOW4, applyEdits(FLOW4, addAlias(FLOW4, 'npa', 'NPA')));
    assert.deepEqual(flow, ['        aliases: [NPA]\n']);
  });

  it('writes pretty JSON at the file indentation and compact JSON compactly', () => {
    const pretty = applyEdits(JSON4_INLINE, addAlias(JSON4_INLINE, 'npa', 'NPA'));
    assert.ok(pretty.includes('            "extra": {"keep": [1, 2]},\n            "aliases": ["NPA"]\n        }'), pretty);
    const two = applyEdits(JSON2, addAlias(JSON2, 'amara-okafor', 'Dr Okafor'));
    assert.ok(two.includes('        "A. Okafor",\n        "Dr Okafor"\n      ],'), two);
    const compact = applyEdits(JSON_COMPACT, addEntity(JSON_COMPACT, { name: 'Kenji Mori', type: 'person' }).edits);
    assert.ok(compact.endsWith(',{"id":"kenji-mori","name":"Kenji Mori","type":"person"}]}'), compact);
  });

  it('appends to a multi-line flow list with a trailing comma and comments', () => {
    const text = 'entities:\n  - id: a\n    name: Alpha\n    type: person\n    aliases: [\n      Al,  # short\n      A1,  # code\n    ]\n';
    const result = applyAndCheck(text, addAlias(text, 'a', 'Alfa'));
    assert.deepEqual(parseRegistry(result).entries[0].aliases, ['Al', 'A1', 'Alfa']);
    assert.ok(result.includes('      A1,\n      Alfa,  # code\n') || result.includes('      A1,  # code\n      Alfa,\n'), result);
  });

  it('turns a single-name value into a list', () => {
    const text = 'entities:\n  - id: a\n    name: Alpha\n    type: person\n    aliases: Al   # one\n';
    const result = applyAndCheck(text, addAlias(text, 'a', 'Alfa'));
    assert.ok(result.includes('    aliases: [Al, Alfa]   # one\n'), result);
  });
});

describe('registry edits on empty and new registries', () => {
  const entry = { name: 'Kenji Mori', type: 'person' as const, aliases: ['Mori'] };
  for (const [label, text] of [
    ['empty file', ''],
    ['comments only', '# registry\n'],
    ['comments, no final newline', '# registry'],
    ['BOM only', '\uFEFF'],
    ['`entities:` with no value', 'entities:   # to do\nignore: [X]\n'],
    ['`entities: ~`', 'entities: ~\n'],
    ['`entities: []`', 'entities: []  # none yet\n'],
    ['no entities key', 'ignore: [X]  # wires\n'],
    ['JSON {}', '{}\n'],
    ['JSON empty list', '{\n  "entities": []\n}\n'],
    ['JSON null', '{"entities": null}'],
  ] as const) {
    it(`adds the first entity to: ${label}`, () => {
      const { edits } = addEntity(text, entry);
      const result = applyEdits(text, edits);
      const parsed = parseRegistry(result);
      assert.equal(parsed.ok, true, result);
      assert.deepEqual(
        parsed.entries.map((e) => [e.id, e.name, e.aliases]),
        [['kenji-mori', 'Kenji Mori', ['Mori']]],
      );
      for (const comment of text.match(/#.*/g) ?? []) assert.ok(result.includes(comment), `comment lost: ${result}`);
      if (text.includes('ignore')) assert.deepEqual(parsed.ignore, ['X']);
      assert.equal(result.startsWith('\uFEFF'), text.startsWith('\uFEFF'));
    });
  }

  it('adds an ignore list to an empty file and to a JSON object', () => {
    assert.deepEqual(parseRegistry(applyEdits('', addIgnore('', 'Reuters'))).ignore, ['Reuters']);
    const json = applyAndCheck(JSON_COMPACT, addIgnore(JSON_COMPACT, 'Reuters'));
    assert.ok(json.endsWith('],"ignore":["Reuters"]}'), json);
  });

  it('writes a new YAML registry with a comment header, and a JSON one', () => {
    const yamlText = newRegistryText({ name: 'Kenji Mori', type: 'person', aliases: ['Mori'], description: "Japan's spokesperson" }, 'yaml');
    assert.match(yamlText, /^# /);
    const parsed = parseRegistry(yamlText);
    assert.equal(parsed.ok, true);
    assert.deepEqual(
      parsed.entries.map((e) => [e.id, e.name, e.type, e.aliases, e.description]),
      [['kenji-mori', 'Kenji Mori', 'person', ['Mori'], "Japan's spokesperson"]],
    );
    const jsonText = newRegistryText({ id: 'mori', name: 'Kenji Mori', type: 'person' }, 'json');
    assert.deepEqual(JSON.parse(jsonText), { entities: [{ id: 'mori', name: 'Kenji Mori', type: 'person' }] });
    // The new file is a normal registry: later edits keep its header.
    const grown = applyAndCheck(yamlText, addAlias(yamlText, 'kenji-mori', 'K. Mori'));
    assert.deepEqual(parseRegistry(grown).entries[0].aliases, ['Mori', 'K. Mori']);
  });
});

describe('registry edits quote names that YAML would misread', () => {
  const tricky = [
    'Ports: North',
    'C# Fans',
    'A #B',
    "O'Brien",
    "'Quoted",
    '"Dq',
    'Yes',
    'no',
    'NULL',
    'on',
    '~',
    '2020',
    '1:20',
    '- Dash',
    '[x]',
    'a, b',
    '{y}',
    '@handle',
    '%pct',
    'back\\slash "q"',
    '? mark',
    '*star',
    '&amp',
    '!bang',
    '|pipe',
    '>gt',
  ];
  for (const [label, original] of [
    ['block', BLOCK2],
    ['flow', FLOW4],
    ['JSON', JSON2],
  ] as const) {
    it(`as names and aliases in ${label} files`, () => {
      let text = original;
      const ids: string[] = [];
      for (const name of tricky) {
        const { edits, id } = addEntity(text, {
          name,
          type: 'other',
          aliases: [`${name} alias`, name.toLowerCase() === name ? name.toUpperCase() : name.toLowerCase()],
        });
        text = applyAndCheck(text, edits);
        ids.push(id);
      }
      const parsed = parseRegistry(text);
      for (const [i, name] of tricky.entries()) {
        const entry = parsed.entries.find((e) => e.id === ids[i])!;
        assert.equal(entry.name, name);
        assert.equal(entry.aliases[0], `${name} alias`);
      }
      // YAML 1.1 readers (yes/no/on/off booleans, sexagesimal numbers) read the same strings.
      const old = parse(text.replace(/^\uFEFF/, ''), { version: '1.1' }) as Data;
      assert.deepEqual(
        old.entities.slice(2).map((e) => e.name),
        tricky,
      );

      // The same names as aliases (flow or block lists), ignored names and successive renames.
      let other = original;
      let renamed = original;
      for (const name of tricky) {
        other = applyAndCheck(other, addAlias(other, 'amara-okafor', name));
        other = applyAndCheck(other, addIgnore(other, name));
        renamed = applyAndCheck(renamed, renameEntity(renamed, 'npa', name), { renames: true });
      }
      const after = parseRegistry(other);
      assert.deepEqual(after.entries[0].aliases.slice(-tricky.length), tricky);
      assert.deepEqual(after.ignore.slice(-tricky.length), tricky);
      const npa = parseRegistry(renamed).entries[1];
      assert.equal(npa.name, tricky[tricky.length - 1]);
      assert.deepEqual(npa.aliases, ['Northern Ports Authority', ...tricky.slice(0, -1)]);
      const old11 = parse(other.replace(/^\uFEFF/, ''), { version: '1.1' }) as Data;
      assert.deepEqual((old11.entities[0].aliases as string[]).slice(-tricky.length), tricky);
      assert.deepEqual(old11.ignore!.slice(-tricky.length), tricky);
    });
  }

  it('keeps the quote style of a renamed name', () => {
    const single = applyEdits(BLOCK2, renameEntity(BLOCK2, 'npa', "North's Ports"));
    assert.ok(single.includes("    name: 'North''s Ports'\n"), single);
    const plain = applyEdits(BLOCK2, renameEntity(BLOCK2, 'amara-okafor', 'Yes'));
    assert.ok(plain.includes('    name: "Yes"    # canonical\n'), plain);
  });
});

describe('entity ids', () => {
  it('makes a unique slug, suffixing -2, -3 when taken', () => {
    let text = BLOCK2;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = addEntity(text, { name: 'Amara Okafor', type: 'person' });
      ids.push(result.id);
      text = applyEdits(text, result.edits);
    }
    assert.deepEqual(ids, ['amara-okafor-2', 'amara-okafor-3', 'amara-okafor-4']);
    assert.equal(addEntity(BLOCK2, { name: 'Élodie Müller-Ngũgĩ', type: 'person' }).id, 'elodie-muller-ngugi');
    assert.equal(addEntity(BLOCK2, { name: '森', type: 'person' }).id, 'entity');
  });

  it('uses a given id, and refuses one that is taken or not a slug', () => {
    assert.equal(addEntity(BLOCK2, { id: 'mori', name: 'Kenji Mori', type: 'person' }).id, 'mori');
    assert.throws(() => addEntity(BLOCK2, { id: 'npa', name: 'Kenji Mori', type: 'person' }), /already used/);
    assert.throws(() => addEntity(BLOCK2, { id: 'Kenji Mori', name: 'Kenji Mori', type: 'person' }), /lowercase slug/);
    assert.throws(() => addEntity(BLOCK2, { name: 'Kenji Mori', type: 'planet' as never }), /Unknown entity type/);
    assert.throws(() => addEntity(BLOCK2, { name: '  ', type: 'person' }), /empty/);
  });
});

describe('renaming and aliases without duplicates', () => {
  it('keeps every old name once when renaming twice', () => {
    for (const original of [BLOCK2, FLOW4, ODD3, JSON2, crlf(BLOCK2)]) {
      const once = applyAndCheck(original, renameEntity(original, 'npa', 'Ports Authority'), { renames: true });
      const twice = applyAndCheck(once, renameEntity(once, 'npa', 'NPA Ltd'), { renames: true });
      const npa = parseRegistry(twice).entries.find((e) => e.id === 'npa')!;
      assert.equal(npa.name, 'NPA Ltd');
      assert.deepEqual(npa.aliases, ['Northern Ports Authority', 'Ports Authority']);
      // Renaming back to an alias swaps it with the current name: nothing listed twice.
      const back = applyAndCheck(twice, renameEntity(twice, 'npa', 'Northern Ports Authority'), { renames: true });
      const after = parseRegistry(back).entries.find((e) => e.id === 'npa')!;
      assert.equal(after.name, 'Northern Ports Authority');
      assert.deepEqual(after.aliases, ['NPA Ltd', 'Ports Authority']);
    }
  });

  it('does nothing for a rename to the same name, an alias already there, or a name already ignored', () => {
    assert.deepEqual(renameEntity(BLOCK2, 'npa', 'Northern Ports Authority'), []);
    assert.deepEqual(addAlias(BLOCK2, 'amara-okafor', 'Okafor'), []);
    assert.deepEqual(addAlias(BLOCK2, 'amara-okafor', 'Amara Okafor'), []);
    assert.deepEqual(addAlias(JSON2, 'amara-okafor', 'A. Okafor'), []);
    assert.deepEqual(addIgnore(BLOCK2, 'reuters'), []);
  });

  it('does not add the old name again when it is already an alias', () => {
    const text = 'entities:\n  - id: a\n    name: Alpha\n    type: person\n    aliases: [Alpha, Al]\n';
    const result = applyAndCheck(text, renameEntity(text, 'a', 'Alpha One'), { renames: true });
    assert.deepEqual(parseRegistry(result).entries[0].aliases, ['Alpha', 'Al']);
  });
});

describe('registry edits refuse rather than corrupt', () => {
  it('refuses files with YAML errors', () => {
    const broken = 'entities:\n  - id: a\n    name: "unclosed\n';
    assert.throws(() => addEntity(broken, { name: 'B', type: 'person' }), /YAML errors/);
    assert.throws(() => addAlias(broken, 'a', 'B'), /YAML errors/);
    assert.throws(() => renameEntity(broken, 'a', 'B'), /YAML errors/);
    assert.throws(() => addIgnore(broken, 'B'), /YAML errors/);
    assert.throws(() => addIgnore('{"entities": [', 'B'), /YAML errors/);
  });

  it('refuses unknown ids and shapes it cannot edit', () => {
    assert.throws(() => addAlias(BLOCK2, 'nobody', 'X'), /No entity with id "nobody"/);
    assert.throws(() => renameEntity(JSON2, 'nobody', 'X'), /No entity with id "nobody"/);
    assert.throws(() => addEntity('- just\n- a list\n', { name: 'B', type: 'person' }), /not a mapping/);
    assert.throws(() => addEntity('entities: {a: 1}\n', { name: 'B', type: 'person' }), /not a list/);
    assert.throws(() => addAlias('entities:\n  - id: a\n    name: A\n    type: person\n    aliases: {x: 1}\n', 'a', 'B'), /not a list/);
    assert.throws(() => addAlias(BLOCK2, 'npa', '   '), /empty/);
  });

  it('refuses overlapping edits instead of applying them', () => {
    assert.throws(
      () =>
        applyEdits('abcdef', [
          { start: 1, end: 3, newText: 'x' },
          { start: 2, end: 4, newText: 'y' },
        ]),
      /overlap/,
    );
    assert.equal(
      applyEdits('abcdef', [
        { start: 4, end: 4, newText: 'Y' },
        { start: 1, end: 2, newText: 'X' },
      ]),
      'aXcdYef',
    );
  });
});
