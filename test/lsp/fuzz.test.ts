/**
 * A fixed-seed slice of the fuzz campaign's language-server target (test/fuzz): the
 * bundled server over stdio takes 150 edited articles and fuzzed registry buffers,
 * answers every request, never shows an image in a hover, and shuts down cleanly.
 */
import { describe, it } from 'node:test';
import { fuzzLsp } from '../fuzz/campaign';

describe('fuzz slice over stdio (fixed seed)', () => {
  it('answers hover, tokens and symbols for 150 edited articles and shuts down cleanly', async () => {
    await fuzzLsp(150);
  });
});
