/**
 * Cancellation (issue 14): a request's loops look at its token through `Checkpoints`, and a
 * cancelled token stops the request with `CancelledError`. No clocks here: the tokens count
 * how often they are read, so "stops at once" is a number of reads, not a time.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CancelledError, Checkpoints, NEVER_CANCELLED, type Cancellation } from '../../server/src/service/cancellation';
import { mentionLocations } from '../../server/src/features/navigation';
import { buildEntitiesResult } from '../../server/src/features/entitiesView';
import { BIG_ENTITY, bigIndex } from '../support/bigIndex';

/** A token that turns cancelled on its `after`-th read, and counts the reads. */
function cancelledOnRead(after: number): Cancellation & { reads: number } {
  return {
    reads: 0,
    get isCancellationRequested() {
      return ++this.reads >= after;
    },
  };
}

describe('cancellation', () => {
  const index = bigIndex(10_000, 3);

  it('an uncancelled references loop returns every mention', async () => {
    const locations = await mentionLocations(index, BIG_ENTITY, true, new Checkpoints(NEVER_CANCELLED));
    assert.equal(locations.length, 30_000);
  });

  it('a token cancelled before the request starts stops it before any work', () => {
    assert.throws(() => new Checkpoints({ isCancellationRequested: true }), CancelledError);
  });

  it('a references request over 10,000 articles stops at the first look after the cancel', async () => {
    const token = cancelledOnRead(3);
    await assert.rejects(mentionLocations(index, BIG_ENTITY, true, new Checkpoints(token)), CancelledError);
    // Read once at the start, then once per 64 articles: cancelled on the third read, it never reads again.
    assert.equal(token.reads, 3);
  });

  it('an uncancelled Entities view tree holds every article', async () => {
    const result = await buildEntitiesResult(index.all(), () => 'Maria Lindqvist', false, new Checkpoints(NEVER_CANCELLED));
    assert.equal(result.groups[0].entities[0].articles.length, 10_000);
  });

  it('the Entities view over 10,000 articles stops building its tree at the first look after the cancel', async () => {
    const token = cancelledOnRead(3);
    await assert.rejects(
      buildEntitiesResult(index.all(), () => 'Maria Lindqvist', false, new Checkpoints(token)),
      CancelledError,
    );
    // Read once at the start, then once per 64 records: cancelled on the third read, it never reads again.
    assert.equal(token.reads, 3);
  });
});
