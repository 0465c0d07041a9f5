/**
 * Word clusters for the name tagger (issue 11): the shipped GloVe clusters are bit strings
 * whose prefixes group similar words, and the tagger's features carry them for the word and
 * its neighbours. Sentences are our own.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { clusterOf, wordIndex } from '../../server/src/analysis/ner/clusters';
import { buildCaseCache, staticFeatures } from '../../server/src/analysis/ner/features';
import clusterFile from '../../server/src/analysis/ner/clusters.json';

describe('word clusters', () => {
  it('are bit strings, one per word, found by binary search; similar words share a long prefix', () => {
    const file = clusterFile as { words: number; ids: string[]; vocabulary: string; clusterOfWord: string };
    for (const bits of file.ids) assert.match(bits, /^[01]{1,16}$/);
    const words = file.vocabulary.split('\n');
    assert.equal(words.length, file.words);
    for (let i = 1; i < words.length; i++) assert.ok(words[i - 1] < words[i], 'sorted and unique, for the binary search');
    assert.equal(Math.ceil((words.length * 2) / 3) * 4, file.clusterOfWord.length, 'two bytes a word');
    for (const w of [words[0], words[words.length - 1], 'london', 'said']) assert.ok(clusterOf(w), w);
    const leicester = clusterOf('leicester')!;
    const portsmouth = clusterOf('portsmouth')!;
    assert.equal(leicester.slice(0, 8), portsmouth.slice(0, 8), 'two English football towns');
    assert.notEqual(clusterOf('ferry')!.slice(0, 8), leicester.slice(0, 8));
    assert.equal(clusterOf('Leicester'), undefined, 'keys are lower case');
    assert.equal(clusterOf('qzxwvy'), undefined);
  });

  it('finds every word of the vocabulary at its row, and no word between two of them, asked once or again', () => {
    const file = clusterFile as { vocabulary: string };
    const words = file.vocabulary.split('\n');
    for (let k = 0; k < words.length; k += 997) {
      assert.equal(wordIndex(words[k]), k, words[k]);
      assert.equal(wordIndex(words[k]), k, `${words[k]} again`);
      assert.equal(wordIndex(words[k] + '\u0000'), -1, 'a longer word that sorts right after it');
    }
    assert.equal(wordIndex(words[words.length - 1]), words.length - 1);
    assert.equal(wordIndex(''), -1);
    assert.equal(wordIndex('\uffff'), -1, 'after the last word');
    for (const w of words.filter((x) => /[^ -~]/.test(x)).slice(0, 50)) assert.equal(wordIndex(w), words.indexOf(w), w);
  });

  it('give the word four prefixes, each neighbour two, and a rare word "c=?"', () => {
    const tokens = ['Portsmouth', 'beat', 'Qzxwvy', 'United'];
    const features = staticFeatures(tokens, buildCaseCache([tokens]));
    const bits = clusterOf('portsmouth')!;
    for (const n of [4, 8, 12, 16]) assert.ok(features[0].includes(`c${n}=${bits.slice(0, n)}`), `c${n}`);
    assert.ok(features[1].includes(`c-1:8=${bits.slice(0, 8)}`));
    assert.ok(features[1].includes(`c8=${clusterOf('beat')!.slice(0, 8)}`));
    assert.ok(features[2].includes('c=?'));
    assert.ok(!features[3].some((f) => f.startsWith('c-1:')), 'an unknown neighbour gives no cluster feature');
  });
});
