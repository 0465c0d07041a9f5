/**
 * Word clusters for the name tagger (issue 11): the shipped GloVe clusters are bit strings
 * whose prefixes group similar words, and the tagger's features carry them for the word and
 * its neighbours. Sentences are our own.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { clusterOf } from '../../server/src/analysis/ner/clusters';
import { buildCaseCache, staticFeatures } from '../../server/src/analysis/ner/features';
import clusterFile from '../../server/src/analysis/ner/clusters.json';

describe('word clusters', () => {
  it('are bit strings, one per word, and similar words share a long prefix', () => {
    const file = clusterFile as { words: number; clusters: Record<string, string> };
    let words = 0;
    for (const [bits, list] of Object.entries(file.clusters)) {
      assert.match(bits, /^[01]{1,16}$/);
      words += list.split(' ').length;
    }
    assert.equal(words, file.words);
    const leicester = clusterOf('leicester')!;
    const portsmouth = clusterOf('portsmouth')!;
    assert.equal(leicester.slice(0, 8), portsmouth.slice(0, 8), 'two English football towns');
    assert.notEqual(clusterOf('ferry')!.slice(0, 8), leicester.slice(0, 8));
    assert.equal(clusterOf('Leicester'), undefined, 'keys are lower case');
    assert.equal(clusterOf('qzxwvy'), undefined);
  });

  it('give the word four prefixes, each neighbour two, and a rare word "c=?"', () => {
    const tokens = ['Portsmouth', 'beat', 'Qzxwvy', 'United'];
    const features = staticFeatures(tokens, buildCaseCache([tokens]));
    const bits = clusterOf('portsmouth')!;
    for (const n of [4, 8, 12, 16]) assert.ok(features[0].includes(`c${n}=${bits.slice(0, n)}`), `c${n}`);
    assert.ok(features[1].includes(`c-1:8=${bits.slice(0, 8)}`));
    assert.ok(features[2].includes('c=?'));
    assert.ok(!features[3].some((f) => f.startsWith('c-1:')), 'an unknown neighbour gives no cluster feature');
  });
});
