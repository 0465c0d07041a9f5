/**
 * Reading registries and matching their names in text.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { buildRegistry, parseRegistry } from '../../server/src/analysis/registry';
import { REPO_ROOT } from '../support/paths';

const REGISTRY = `# team registry
entities:
  - id: amara-okafor
    name: Amara Okafor
    type: person
    aliases: [Okafor]
    roles: [transport minister]
    team_note: kept   # an unknown key
  - id: npa
    name: Northern Ports Authority
    type: organization
    aliases: [NPA]
  - id: united-states
    name: United States
    type: place
    aliases: [U.S., US]
ignore: [Reuters]
`;

describe('registry parsing', () => {
  it('reads entries, aliases, roles and the ignore list', () => {
    const parsed = parseRegistry(REGISTRY, 'entities.yaml');
    assert.equal(parsed.ok, true);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      parsed.entries.map((e) => e.id),
      ['amara-okafor', 'npa', 'united-states'],
    );
    assert.deepEqual(parsed.entries[0].roles, ['transport minister']);
    assert.deepEqual(parsed.ignore, ['Reuters']);
    const span = parsed.entries[1].location!.span;
    assert.match(REGISTRY.slice(span.start, span.end), /^id: npa/);
  });

  it('reports a YAML syntax error at its position and keeps the entries before it', () => {
    const broken =
      'entities:\n  - id: a\n    name: Alpha\n    type: person\n  - id: b\n    name: Beta\n    description: Civil engineer: drafted\n    type: person\n  - id: c\n    name: Gamma\n    type: place\nignore: [Wire]\n';
    const parsed = parseRegistry(broken);
    assert.equal(parsed.ok, false, 'the file as a whole is not trusted: a caller keeps its last good version when it has one');
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    assert.ok(errors.length > 0 && errors.every((p) => p.wholeFile), JSON.stringify(errors));
    assert.equal(errors[0].start, broken.indexOf('Civil engineer:'), 'at the plain scalar that a second colon turns into a key');
    assert.doesNotMatch(errors[0].message, /at line \d+/, "the position is the diagnostic's, not repeated in the message");
    assert.deepEqual(
      parsed.entries.map((e) => e.id),
      ['a'],
      'only the entry before the error survives; the broken one and those after it do not',
    );
    assert.deepEqual(parsed.ignore, [], 'the ignore list after the error is not trusted either');
  });

  it('keeps the entries before an unclosed quote', () => {
    const broken = 'entities:\n  - id: a\n    name: Alpha\n    type: person\n  - id: b\n    name: "unclosed\n    type: person\n';
    const parsed = parseRegistry(broken);
    assert.equal(parsed.ok, false);
    assert.deepEqual(
      parsed.entries.map((e) => e.id),
      ['a'],
    );
  });

  it('reports structural errors on the exact text and drops only the entry concerned', () => {
    const text = [
      'entities:',
      '  - id: a',
      '    name: Alpha',
      '    type: person',
      '  - id: a',
      '    name: Alpha Two',
      '    type: person',
      '  - id: b',
      '    name: Beta',
      '    type: planet',
      '  - name: Gamma',
      '    type: place',
      '  - id: d',
      '    type: place',
      '  - id: e',
      '    name: Epsilon',
      '    type: place',
      '    aliases: [Eps, {nested: map}]',
      '  - id: f',
      '    name: Phi',
      '    type: organization',
      '    aliases: [PHI, 1984]',
      '  - id: Not A Slug',
      '    name: Zeta',
      '    type: person',
      '  - just a string',
      '',
    ].join('\n');
    const parsed = parseRegistry(text);
    assert.equal(parsed.ok, true, 'the file was read as a whole: no last good version is needed');
    assert.deepEqual(
      parsed.entries.map((e) => e.id),
      ['a'],
      'the first "a" stays in force; "f" has an alias YAML reads as a number',
    );
    assert.equal(parsed.entries[0].name, 'Alpha', 'a duplicate id keeps its first entry');
    const at = (needle: string, nth = 0) => {
      let i = -1;
      for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
      return { start: i, end: i + needle.length };
    };
    const got = parsed.problems.map((p) => ({ severity: p.severity, start: p.start, end: p.end, message: p.message }));
    const expect = (span: { start: number; end: number }, pattern: RegExp) => {
      const found = got.find((p) => p.start === span.start && p.end === span.end && pattern.test(p.message));
      assert.ok(found, `${pattern} on ${JSON.stringify(text.slice(span.start, span.end))} @${span.start}; got ${JSON.stringify(got)}`);
      assert.equal(found.severity, 'error');
      assert.match(found.message, /This entry is left out until this is fixed\.$/);
    };
    const secondA = at('id: a', 1).start + 'id: '.length;
    expect({ start: secondA, end: secondA + 1 }, /^Duplicate id "a": it is already used by "Alpha"\./);
    expect(at('planet'), /^Unknown type "planet"/);
    expect(at('name: Gamma'), /^This entity has no `id`\./);
    expect(at('id: d'), /^This entity has no `name`\./);
    expect(at('{nested: map}'), /^Each item of `aliases` must be text\./);
    expect(at('1984'), /^Each item of `aliases` must be text; write it in quotes \("1984"\)/);
    expect(at('Not A Slug'), /^The id "Not A Slug" must be a lowercase slug/);
    expect(at('just a string'), /^Each entity is a mapping/);
    assert.equal(parsed.problems.filter((p) => p.severity === 'error').length, 8, JSON.stringify(got));
    assert.ok(
      parsed.problems.every((p, i, all) => i === 0 || all[i - 1].start <= p.start),
      'problems come in file order',
    );
  });

  it('reports a name several entries share as information on each claim, with exact spans', () => {
    const text = [
      'entities:',
      '  - id: portsmouth-hampshire',
      '    name: Portsmouth',
      '    type: place',
      '    aliases: [Pompey Town]',
      '  - id: portsmouth-fc',
      '    name: Portsmouth F.C.',
      '    type: organization',
      '    aliases: [Pompey, Portsmouth]',
      '  - id: portsmouth-new-hampshire',
      '    name: Portsmouth, New Hampshire',
      '    type: place',
      '    aliases:',
      '      - PORTSMOUTH',
      '  - id: okafor-holdings',
      '    name: Okafor Holdings',
      '    type: organization',
      "    aliases: [Okafor's]",
      '  - id: amara-okafor',
      '    name: Amara Okafor',
      '    type: person',
      '    aliases: [Okafor, Okafor]',
      '',
    ].join('\n');
    const parsed = parseRegistry(text);
    assert.equal(parsed.ok, true);
    assert.deepEqual(
      parsed.entries.map((e) => e.id),
      ['portsmouth-hampshire', 'portsmouth-fc', 'portsmouth-new-hampshire', 'okafor-holdings', 'amara-okafor'],
      'every entry stays in force',
    );
    assert.ok(
      parsed.problems.every((p) => p.severity === 'info'),
      JSON.stringify(parsed.problems),
    );
    const infos = parsed.problems.map((p) => [text.slice(p.start, p.end), p.message]);
    const portsmouth = 'names 3 entries: portsmouth-hampshire, portsmouth-fc, portsmouth-new-hampshire; mentions are disambiguated in context';
    const okafor = 'names 2 entries: okafor-holdings, amara-okafor; mentions are disambiguated in context';
    assert.deepEqual(
      infos,
      [
        ['Portsmouth', `'Portsmouth' ${portsmouth}`],
        ['Portsmouth', `'Portsmouth' ${portsmouth}`],
        ['PORTSMOUTH', `'PORTSMOUTH' ${portsmouth}`],
        ["Okafor's", `'Okafor's' ${okafor}`],
        ['Okafor', `'Okafor' ${okafor}`],
      ],
      'one claim each, on the name or alias itself; an alias repeated inside one entry is not a second claim',
    );
    const spans = parsed.problems.map((p) => p.start);
    assert.deepEqual(spans, [
      text.indexOf('Portsmouth'),
      text.indexOf('Portsmouth]'),
      text.indexOf('PORTSMOUTH'),
      text.indexOf("Okafor's"),
      text.indexOf('Okafor,'),
    ]);
    assert.equal(buildRegistry([parsed]).entries.length, 5, 'the registry receives every entry, shared names included');
  });

  it('shortens the list of a name shared by many entries, so each message stays one line', () => {
    const text = `entities:\n${Array.from({ length: 40 }, (_, i) => `  - id: smith-${i}\n    name: John Smith\n    type: person\n`).join('')}`;
    const parsed = parseRegistry(text);
    assert.equal(parsed.entries.length, 40);
    assert.equal(parsed.problems.length, 40);
    assert.equal(
      parsed.problems[0].message,
      "'John Smith' names 40 entries: smith-0, smith-1, smith-2, smith-3, smith-4 and 35 more; mentions are disambiguated in context",
    );
  });

  it("calls a file that is not a registry's shape a whole-file error", () => {
    for (const text of ['- just\n- a list\n', 'entities: not a list\n']) {
      const parsed = parseRegistry(text);
      assert.equal(parsed.ok, false, text);
      assert.ok(
        parsed.problems.some((p) => p.severity === 'error' && p.wholeFile),
        text,
      );
    }
    assert.equal(parseRegistry('entities:\n').ok, true, 'an empty list is an empty registry');
    assert.equal(parseRegistry('').ok, true);
  });

  it('reads the JSON form', () => {
    const parsed = parseRegistry(JSON.stringify({ entities: [{ id: 'x', name: 'Xavier Lund', type: 'person' }] }));
    assert.equal(parsed.ok, true);
    assert.equal(parsed.entries[0].name, 'Xavier Lund');
  });
});

describe('name matching', () => {
  const registry = buildRegistry([parseRegistry(REGISTRY)]);
  const find = (text: string) => registry.matcher.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.id}`);

  it('finds names and aliases on token boundaries, longest first', () => {
    assert.deepEqual(find('The Northern Ports Authority (NPA) met Amara Okafor; Okafor left.'), [
      'Northern Ports Authority=npa',
      'NPA=npa',
      'Amara Okafor=amara-okafor',
      'Okafor=amara-okafor',
    ]);
    assert.deepEqual(find('Okaforian and NPAs are not names here.'), []);
  });

  it('ignores possessives and apostrophe styles, and tolerates line breaks inside a name', () => {
    assert.deepEqual(find("Okafor’s plan and Okafor's aide met Amara\nOkafor."), ['Okafor=amara-okafor', 'Okafor=amara-okafor', 'Amara\nOkafor=amara-okafor']);
  });

  it('matches dotted abbreviations', () => {
    assert.deepEqual(find('The U.S. and the US agreed.'), ['U.S.=united-states', 'US=united-states']);
  });

  it('matches all-caps headlines case-insensitively, and only those', () => {
    assert.deepEqual(find('NORTHERN PORTS AUTHORITY SAYS OKAFOR WILL RESIGN'), ['NORTHERN PORTS AUTHORITY=npa', 'OKAFOR=amara-okafor']);
    assert.deepEqual(find('the northern ports authority said'), []);
  });
});

describe('registry JSON Schema', () => {
  // The schema ships with the extension for completion in entities.yaml/json; it must accept what the parser accepts.
  const root = REPO_ROOT;
  const validate = new Ajv().compile(JSON.parse(readFileSync(join(root, 'schemas', 'registry.schema.json'), 'utf8')));

  it('accepts the sample registry and rejects a bad type', () => {
    assert.ok(validate(parse(readFileSync(join(root, 'samples', 'entities.yaml'), 'utf8'))), JSON.stringify(validate.errors));
    assert.equal(validate({ entities: [{ id: 'x', name: 'X', type: 'planet' }] }), false);
    assert.equal(validate({ entities: [{ id: 'Not A Slug', name: 'X', type: 'person' }] }), false);
  });
});
