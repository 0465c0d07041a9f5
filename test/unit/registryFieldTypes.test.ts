/**
 * Registry field types as the shipped schema (schemas/registry.schema.json) states them:
 * `id`, `name`, `type` and `description` are text, `aliases`, `roles`, `links` and `ignore`
 * are lists of text. A YAML number or boolean is not text (`name: 42` must not make "42" in
 * an article a registered name), and a single value where a list is expected is an error
 * at that value, not quietly read as a list of one. As with every other field error, the
 * entry is left out alone and the message says so.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { buildRegistry, parseRegistry } from '../../server/src/analysis/registry';
import { REPO_ROOT } from '../support/paths';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'registry.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** A healthy entry, then one entry whose `field` line is `line`. */
function registryWith(line: string): string {
  return `entities:\n  - id: okoro-group\n    name: Okoro Group\n    type: organization\n  - id: ada-okoro\n    name: Ada Okoro\n    type: person\n${line}\n`;
}

/** The one error's covered text and message; the entry with the error is left out, the healthy one stays. */
function oneError(text: string): { covered: string; message: string } {
  const parsed = parseRegistry(text);
  assert.deepEqual(
    parsed.entries.map((e) => e.id),
    ['okoro-group'],
    `the entry with the error is left out alone:\n${text}`,
  );
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  assert.equal(errors.length, 1, JSON.stringify(parsed.problems));
  assert.match(errors[0].message, /This entry is left out until this is fixed\.$/);
  return { covered: text.slice(errors[0].start, errors[0].end), message: errors[0].message };
}

describe('registry field types agree with the schema', () => {
  it('refuses a name that is a number or a boolean, at the value, and never links "42"', () => {
    for (const [value, shown] of [
      ['42', '42'],
      ['1984', '1984'],
      ['true', 'true'],
      ['3.5', '3.5'],
    ]) {
      const text = registryWith(`    aliases: [Okoro]`).replace('name: Ada Okoro', `name: ${value}`);
      const { covered, message } = oneError(text);
      assert.equal(covered, value);
      assert.match(message, new RegExp(`^\`name\` must be text; write it in quotes \\("${shown.replace('.', '\\.')}"\\) if that is what you mean\\.`));
      const registry = buildRegistry([parseRegistry(text)]);
      assert.deepEqual(
        registry.matcher.find(`Ada Okoro said ${value} times.`).map((m) => m.id),
        [],
        `"${value}" is not a registered name`,
      );
    }
  });

  it('reads a quoted number as the text it is', () => {
    const parsed = parseRegistry(registryWith('    aliases: ["1984", \'007\']').replace('name: Ada Okoro', 'name: "42"'));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.entries[1].name, '42');
    assert.deepEqual(parsed.entries[1].aliases, ['1984', '007']);
  });

  it('refuses a number in a list of names at the item, where it would otherwise be stringified', () => {
    const { covered, message } = oneError(registryWith('    aliases: [Okoro, 007]'));
    assert.equal(covered, '007');
    assert.match(message, /^Each item of `aliases` must be text; write it in quotes \("007"\)/);
  });

  for (const [key, value] of [
    ['aliases', 'Okoro'],
    ['roles', 'Mayor'],
    ['links', 'http://x'],
  ]) {
    it(`refuses a single value where \`${key}\` must be a list, at the value`, () => {
      const { covered, message } = oneError(registryWith(`    ${key}: ${value}`));
      assert.equal(covered, value);
      assert.match(message, new RegExp(`^\`${key}\` must be a list, e.g\\. \`${key}: \\[${value.replace('/', '\\/')}\\]\`\\.`));
    });
  }

  it('refuses a number for the other text fields too (id, type, description)', () => {
    const idNumber = registryWith('    aliases: [Okoro]').replace('id: ada-okoro', 'id: 42');
    assert.equal(oneError(idNumber).covered, '42');
    assert.equal(oneError(registryWith('    description: 2012')).covered, '2012');
    assert.equal(oneError(registryWith('    description: [a, b]')).covered, '[a, b]');
  });

  it('refuses a single ignored name or a number in `ignore`, keeping the others', () => {
    const scalar = parseRegistry('entities: []\nignore: Reuters\n');
    assert.deepEqual(scalar.ignore, []);
    assert.match(scalar.problems[0].message, /^`ignore` must be a list, e.g\. `ignore: \[Reuters\]`\./);
    const items = parseRegistry('entities: []\nignore: [Reuters, 2020, AP]\n');
    assert.deepEqual(items.ignore, ['Reuters', 'AP']);
    assert.equal(items.problems.length, 1);
    assert.equal(items.problems[0].severity, 'error');
  });

  it('errs exactly where the shipped schema does', () => {
    const cases = [
      'name: 42',
      'name: true',
      'name: "42"',
      'aliases: Okoro',
      'aliases: [Okoro, 7]',
      'roles: Mayor',
      'roles: [Mayor]',
      'links: http://x',
      'links: [http://x]',
      'description: [a, b]',
      'description: 2012',
      'description: "2012"',
    ];
    for (const line of cases) {
      const text = `entities:\n  - id: ada-okoro\n    type: person\n    ${line.startsWith('name') ? line : `name: Ada Okoro\n    ${line}`}\n`;
      const schemaOk = validate(parse(text)) as boolean;
      const parserOk = parseRegistry(text).problems.every((p) => p.severity !== 'error');
      assert.equal(parserOk, schemaOk, `${line}: the schema says ${schemaOk ? 'valid' : 'invalid'}`);
    }
  });
});
