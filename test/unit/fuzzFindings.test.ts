/**
 * Regression tests for what the fuzz campaign (test/fuzz) found, one per finding, on
 * the small inputs fast-check shrank them to.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, parseRegistry } from '../../server/src/analysis';
import { addAlias, addEntity, addIgnore, applyEdits, renameEntity } from '../../server/src/analysis/registry/edit';

describe('fuzz findings', () => {
  it('a YAML error at the very end of a registry is reported inside the text', () => {
    const text = "entities:\n  - id: '\n    name: Amara Okafor\n";
    const parsed = parseRegistry(text, 'entities.yaml');
    assert.equal(parsed.ok, false);
    assert.ok(parsed.problems.length > 0);
    for (const p of parsed.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${JSON.stringify(p)} is outside 0-${text.length}`);
  });

  it('an edit that YAML would read differently (an anchor before the root mapping) is refused, not written', () => {
    const text = '&Talks in Rotterdam resume on Monday.entities:\n';
    assert.match(
      parseRegistry(text)
        .problems.map((p) => p.message)
        .join('\n'),
      /defines nothing/,
      'its one key is not a registry key',
    );
    assert.throws(() => addIgnore(text, 'Amara Okafor'), /cannot edit safely/);
    const anchored = '&root\nentities:\n  - id: npa\n    name: Northern Ports Authority\n    type: organization\n';
    for (const edit of [
      () => addIgnore(anchored, 'Reuters'),
      () => addAlias(anchored, 'npa', 'NPA'),
      () => renameEntity(anchored, 'npa', 'Ports Authority'),
      () => addEntity(anchored, { name: 'Amara Okafor', type: 'person' }).edits,
    ]) {
      // Either the edit is right (the change reads back) or it is refused with a message: never silently wrong.
      try {
        const after = parseRegistry(applyEdits(anchored, edit()));
        assert.equal(after.ok, true, 'an edit that went through leaves a sound registry');
      } catch (error) {
        assert.match((error as Error).message, /cannot edit safely/);
      }
    }
  });

  it('front matter with an unknown tag is read without a process warning', async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    try {
      const result = analyzeArticle('---\ndate: !!biAA\n---\nPort talks\n\nTalks resume on Monday.\n');
      assert.ok(result.structure.frontMatter);
      // Warnings are delivered on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listen);
    }
    assert.deepEqual(warnings, []);
  });

  it('ordinary edits still go through', () => {
    const text = 'entities:\n  - id: npa\n    name: Northern Ports Authority\n    type: organization\n';
    const after = parseRegistry(applyEdits(text, addIgnore(text, 'Reuters')));
    assert.deepEqual(after.ignore, ['Reuters']);
  });
});
