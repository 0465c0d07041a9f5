/**
 * A quote left open in a registry is reported where it opens, not where the YAML parser
 * gave up at the end of the file (registry/unclosedQuote.ts). Registries invented here.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseRegistry } from '../../server/src/analysis/registry';

const entry = (id: string, name: string) => `  - id: ${id}\n    name: ${name}\n    type: person\n`;

describe('an unclosed quote in a registry', () => {
  for (const [mark, name] of [
    ['"', '"Dario Fenwick'],
    ["'", "'Dario O''Fenwick"],
  ] as const) {
    it(`is reported at its opening ${mark}, with the entries before it kept`, () => {
      const text = `entities:\n${entry('anita', 'Anita Szabo')}${entry('dario', name)}${entry('carla', 'Carla Mendes')}${entry('dev', 'Dev Rao')}`;
      const parsed = parseRegistry(text);
      const errors = parsed.problems.filter((p) => p.severity === 'error');
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.equal(errors[0].start, text.indexOf(name), `${errors[0].start}: ${errors[0].message}`);
      assert.match(errors[0].message, /never closed/);
      assert.deepEqual(
        parsed.entries.map((e) => e.id),
        ['anita'],
      );
    });
  }

  it('leaves other syntax errors where the parser puts them', () => {
    const text = `entities:\n${entry('anita', 'Anita Szabo')}  - id: [dario\n`;
    const errors = parseRegistry(text).problems.filter((p) => p.severity === 'error');
    assert.ok(errors.length > 0);
    assert.ok(
      errors.every((e) => !/never closed/.test(e.message)),
      JSON.stringify(errors),
    );
  });
});
