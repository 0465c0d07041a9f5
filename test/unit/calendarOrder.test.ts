/**
 * The outline lists dates in calendar order, whatever the granularity of their
 * TIMEX3 values; durations and sets come last.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { calendarKey } from '../../server/src/wording/calendarOrder';

describe('calendar order of TIMEX3 values', () => {
  it('orders weeks, months, seasons, days and times by when they start', () => {
    const values = ['P1W', '2024-04', 'XXXX-09-07', '2024-W11', '2027', '2024-03-18T09:00', '2024-SU', '2024-03-18', 'PT48H', '199', '2024-Q1'];
    const sorted = [...values].sort((a, b) => calendarKey(a).localeCompare(calendarKey(b)));
    assert.deepEqual(sorted, ['199', '2024-Q1', '2024-W11', '2024-03-18', '2024-03-18T09:00', '2024-04', '2024-SU', '2027', 'XXXX-09-07', 'P1W', 'PT48H']);
  });
});
