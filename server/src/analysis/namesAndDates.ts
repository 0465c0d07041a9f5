/**
 * The core's invariant between the two layers that read the same words: a name
 * mention never overlaps a date expression. Month and weekday names are also
 * surnames and first names (May, June, August), so a registry alias "May" or the
 * tagger would otherwise turn "Published 4 May 2024" into a mention of councillor
 * Ellen May, with her card on the date and an inflated mention count.
 *
 * Who gives way: the date wins over any name inside it or crossing it ("4 May 2024"
 * beats the alias "May"); a name wins only over a date lying strictly inside it,
 * where the longer reading is the name ("The Sunday Times" around "Sunday").
 */
import type { TextSpan } from './types';

/**
 * The names that may stay: those overlapping no date, or whose every overlapping
 * date lies strictly inside them. Both lists are sorted by start; dates are disjoint.
 * Runs before the article's mentions are linked, so a dropped "May" joins no cluster.
 */
export function namesClearOfDates<T extends TextSpan>(names: readonly T[], dates: readonly TextSpan[]): T[] {
  if (dates.length === 0) return names.slice();
  const kept: T[] = [];
  let lo = 0;
  for (const name of names) {
    while (lo < dates.length && dates[lo].end <= name.start) lo++;
    let ok = true;
    for (let k = lo; k < dates.length && dates[k].start < name.end; k++) {
      const d = dates[k];
      const strictlyInside = name.start <= d.start && d.end <= name.end && name.end - name.start > d.end - d.start;
      if (!strictlyInside) {
        ok = false;
        break;
      }
    }
    if (ok) kept.push(name);
  }
  return kept;
}

/**
 * The dates that may stay once the names are settled: those overlapping no name.
 * After {@link namesClearOfDates} these are all dates but the ones inside a longer name.
 */
export function datesClearOfNames<T extends TextSpan>(dates: readonly T[], names: readonly TextSpan[]): T[] {
  if (names.length === 0) return dates.slice();
  const kept: T[] = [];
  let lo = 0;
  for (const date of dates) {
    while (lo < names.length && names[lo].end <= date.start) lo++;
    if (lo < names.length && names[lo].start < date.end) continue;
    kept.push(date);
  }
  return kept;
}
