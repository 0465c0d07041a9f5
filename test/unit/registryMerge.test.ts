/**
 * Ids across the registry files that are merged into one registry (the CLI's repeated
 * `--registry`, `check` of several files, a folder's own registry with its
 * `newsLens.registries`). Merging keeps an id's first entry, so an id a later file
 * defines again is an error at that later id, naming the file and line that win.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildRegistry, duplicateIdsAcrossFiles, parseRegistry } from '../../server/src/analysis/registry';
import { FIRST_REGISTRY, SECOND_REGISTRY } from '../support/duplicateIdRegistries';

const FIRST = FIRST_REGISTRY;
const SECOND = SECOND_REGISTRY;

describe('duplicate ids across merged registry files', () => {
  it('reports the later id at its exact span, naming the file and line of the entry that is kept', () => {
    const files = [
      { label: 'reg1.yaml', parsed: parseRegistry(FIRST, 'reg1.yaml') },
      { label: 'reg1b.yaml', parsed: parseRegistry(SECOND, 'reg1b.yaml') },
    ];
    const problems = duplicateIdsAcrossFiles(files);
    assert.deepEqual(problems[0], [], 'the first definition is not an error');
    assert.equal(problems[1].length, 1);
    const [problem] = problems[1];
    const at = SECOND.lastIndexOf('anita-szabo');
    assert.deepEqual([problem.start, problem.end, problem.severity], [at, at + 'anita-szabo'.length, 'error']);
    assert.equal(
      problem.message,
      'Duplicate id "anita-szabo": reg1.yaml:2 already defines it ("Anita Szabo", person). Merged registries keep the first entry of an id, so this entry is left out until this is fixed.',
    );
    const merged = buildRegistry(files.map((f) => f.parsed));
    assert.equal(merged.byId.get('anita-szabo')?.name, 'Anita Szabo', 'the message says what the merge does: the first entry wins');
  });

  it('names the first file that defines the id when several later ones repeat it', () => {
    const third = SECOND.replace('okoro-group', 'okoro-bank');
    const problems = duplicateIdsAcrossFiles([
      { label: 'a.yaml', parsed: parseRegistry(FIRST) },
      { label: 'b.yaml', parsed: parseRegistry(SECOND) },
      { label: 'c.yaml', parsed: parseRegistry(third) },
    ]);
    assert.deepEqual(
      problems.map((list) => list.map((p) => p.message.slice(0, p.message.indexOf(' already'))).join()),
      ['', 'Duplicate id "anita-szabo": a.yaml:2', 'Duplicate id "anita-szabo": a.yaml:2'],
    );
  });

  it('finds nothing in files whose ids differ, and leaves a duplicate inside one file to that file', () => {
    const inOne = `${SECOND}  - id: okoro-group\n    name: Okoro Group Two\n    type: organization\n`;
    const parsed = parseRegistry(inOne);
    assert.equal(parsed.problems.filter((p) => p.message.startsWith('Duplicate id')).length, 1, 'the parser reports it');
    assert.deepEqual(duplicateIdsAcrossFiles([{ label: 'one.yaml', parsed }]), [[]]);
    assert.deepEqual(
      duplicateIdsAcrossFiles([
        { label: 'a.yaml', parsed: parseRegistry(FIRST) },
        { label: 'b.yaml', parsed: parseRegistry(SECOND.replace(/anita-szabo/g, 'anita-szabo-other')) },
      ]),
      [[], []],
    );
  });
});
