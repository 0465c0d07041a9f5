/**
 * A registry's top-level keys (spec §3, schemas/registry.schema.json): `entities` and
 * `ignore`. A key the registry does not read is reported, with "did you mean" when it is
 * close to one; a mapping that has neither would define nothing, silently, and is an error.
 * An empty file or one with only comments is a new registry and stays fine.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseRegistry, type RegistryProblem } from '../../server/src/analysis/registry';

const ENTRY = '  - id: anita-szabo\n    name: Anita Szabo\n    type: person\n';

/** The problems as [severity, the text they cover, message], in file order. */
const described = (text: string, problems: RegistryProblem[]) => problems.map((p) => [p.severity, text.slice(p.start, p.end), p.message]);

describe('registry top-level keys', () => {
  it('reports a misspelt `entities` as an error on the key, suggesting the right one', () => {
    const text = `entites:\n${ENTRY}`;
    const parsed = parseRegistry(text);
    assert.deepEqual(parsed.entries, []);
    assert.equal(parsed.ok, false, 'the file as a whole is not trusted: the last good version stays in force');
    const problems = described(text, parsed.problems);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0][0], 'error');
    assert.equal(problems[0][1], 'entites');
    assert.match(problems[0][2] as string, /^Unknown key 'entites' — did you mean 'entities'\?/);
    assert.ok(parsed.problems[0].wholeFile);
  });

  it('suggests the key whatever its case', () => {
    const text = `Entities:\n${ENTRY}`;
    const [problem] = parseRegistry(text).problems;
    assert.match(problem.message, /^Unknown key 'Entities' — did you mean 'entities'\?/);
    assert.equal(problem.severity, 'error');
  });

  it('makes a mapping with no `entities` (and no `ignore`) an error: it would define nothing', () => {
    const text = 'foo: bar\n';
    const parsed = parseRegistry(text);
    assert.equal(parsed.ok, false);
    const problems = described(text, parsed.problems);
    assert.deepEqual(
      problems.map((p) => [p[0], p[1]]),
      [
        ['warning', 'foo'],
        ['error', 'foo: bar'],
      ],
      JSON.stringify(problems),
    );
    assert.match(problems[0][2] as string, /^Unknown key 'foo'/);
    assert.doesNotMatch(problems[0][2] as string, /did you mean/, 'nothing is close to foo');
    assert.match(problems[1][2] as string, /no `entities:` list/);
  });

  it('warns about an unknown key beside `entities`, which is kept, and reads the entries', () => {
    const text = `team: harbour desk\nentities:\n${ENTRY}ignored: [Reuters]\n`;
    const parsed = parseRegistry(text);
    assert.equal(parsed.ok, true);
    assert.deepEqual(
      parsed.entries.map((e) => e.id),
      ['anita-szabo'],
    );
    const problems = described(text, parsed.problems);
    assert.deepEqual(
      problems.map((p) => [p[0], p[1]]),
      [
        ['warning', 'team'],
        ['warning', 'ignored'],
      ],
    );
    assert.match(problems[1][2] as string, /^Unknown key 'ignored' — did you mean 'ignore'\?/);
  });

  it('accepts every key the schema defines, `$schema`, an empty file and a file of comments', () => {
    for (const text of [
      `entities:\n${ENTRY}ignore: [Reuters]\n`,
      'ignore: [Reuters]\n',
      `$schema: ./schemas/registry.schema.json\nentities:\n${ENTRY}`,
      'entities:\n',
      'entities: []\n',
      '',
      '# the team registry\n# nothing yet\n',
      '{"entities": []}',
    ]) {
      const parsed = parseRegistry(text);
      assert.deepEqual(parsed.problems, [], text);
      assert.equal(parsed.ok, true, text);
    }
  });
});
