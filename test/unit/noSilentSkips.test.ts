/** Under CI=true a test that lacks the shared fixtures fails instead of skipping (issue 14). */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { sharedMissing } from '../support/paths';

function withCI<T>(value: string | undefined, run: () => T): T {
  const before = process.env.CI;
  if (value === undefined) delete process.env.CI;
  else process.env.CI = value;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.CI;
    else process.env.CI = before;
  }
}

test('off CI a missing shared file is a skip reason that names it', () => {
  const why = withCI(undefined, () => sharedMissing('the corpus', '/nonexistent/news-lens/corpus.txt'));
  assert.match(why ?? '', /the corpus not found at \/nonexistent\/news-lens\/corpus\.txt/);
});

test('under CI=true a missing shared file fails the test', () => {
  assert.throws(() => withCI('true', () => sharedMissing('the corpus', '/nonexistent/news-lens/corpus.txt')), /under CI=true a missing fixture fails the run/);
});

test('a present file is never a reason to skip', () => {
  assert.equal(
    withCI('true', () => sharedMissing('this test', __filename)),
    undefined,
  );
});
