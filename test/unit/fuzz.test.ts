/**
 * A fixed-seed slice of the fuzz campaign (test/fuzz, `npm run fuzz` runs it at full
 * size): the same generators and invariants on a few thousand inputs, so every
 * `npm test` replays them.
 */
import { describe, it } from 'node:test';
import { fuzzAnalysis, fuzzRegistry } from '../fuzz/campaign';

describe('fuzz slice (fixed seed)', () => {
  it('analyzeArticle: 1,000 edited articles stay well-formed, deterministic and memo-exact', () => {
    fuzzAnalysis(1000);
  });

  it('the registry parser and editor: 1,500 hostile registries and edits', () => {
    fuzzRegistry(1500);
  });
});
