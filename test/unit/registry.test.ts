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
    assert.deepEqual(parsed.entries.map((e) => e.id), ['amara-okafor', 'npa', 'united-states']);
    assert.deepEqual(parsed.entries[0].roles, ['transport minister']);
    assert.deepEqual(parsed.ignore, ['Reuters']);
    const span = parsed.entries[1].location!.span;
    assert.match(REGISTRY.slice(span.start, span.end), /^id: npa/);
  });

  it('reports YAML errors with a position and nothing is trusted', () => {
    const broken = 'entities:\n  - id: a\n    name: "unclosed\n';
    const parsed = parseRegistry(broken);
    assert.equal(parsed.ok, false);
    assert.ok(parsed.problems.length > 0);
    assert.ok(parsed.problems[0].start >= 0 && parsed.problems[0].start <= broken.length);
  });

  it('reports duplicate ids, shared aliases, unknown types and missing fields precisely', () => {
    const text = 'entities:\n  - id: a\n    name: Alpha\n    type: person\n  - id: a\n    name: Alpha Two\n    type: person\n  - id: c\n    name: Alpha Three\n    type: person\n    aliases: [Alpha]\n  - id: b\n    name: Beta\n    type: planet\n  - name: Gamma\n    type: place\n';
    const parsed = parseRegistry(text);
    const messages = parsed.problems.map((p) => `${p.message} @${text.slice(p.start, p.end)}`);
    assert.ok(messages.some((m) => m.startsWith('Duplicate id "a"') && m.endsWith('@a')), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('"Alpha" is claimed by two entities') && m.endsWith('@Alpha')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('Unknown type "planet"') && m.endsWith('@planet')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('This entity has no `id`')), messages.join('\n'));
    assert.equal(parsed.ok, false);
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
    assert.deepEqual(find('Okafor’s plan and Okafor\'s aide met Amara\nOkafor.'), ['Okafor=amara-okafor', 'Okafor=amara-okafor', 'Amara\nOkafor=amara-okafor']);
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
