/**
 * The issues' accuracy floors and which of them `npm run eval -- --check` enforces.
 * A floor is enforced once the issue that set it is resolved, so a landed number
 * can never silently regress; a floor of an open issue is printed but not enforced,
 * and the table says so.
 */

/** A floor from an issue. */
export interface Floor {
  key: string;
  floor: number;
  issue: number;
  enforced: boolean;
}

/** Every floor the issues set, with its metric key. */
export const FLOORS: Floor[] = [
  { key: 'timebank.relaxed.f1', floor: 0.88, issue: 3, enforced: true },
  { key: 'timebank.value.accuracy', floor: 0.85, issue: 3, enforced: true },
  { key: 'polnear.quotes.recall.overlap', floor: 0.95, issue: 3, enforced: true },
  { key: 'polnear.speaker.accuracy', floor: 0.85, issue: 3, enforced: true },
  { key: 'samples.quotes.precision', floor: 0.95, issue: 3, enforced: true },
  { key: 'heldout.quotes.precision', floor: 0.95, issue: 3, enforced: true },
  { key: 'conll.test.f1', floor: 0.85, issue: 4, enforced: true },
  { key: 'pubdates.found', floor: 0.95, issue: 13, enforced: true },
  // No year ever invented: 1 - invented/total, so the floor of 1 means none.
  { key: 'pubdates.noInventedYear', floor: 1.0, issue: 13, enforced: true },
  // Issue 11: the tagger on gold tokens, and the whole pipeline on raw text (eval/conll-raw.ts).
  { key: 'conll.test.f1', floor: 0.9, issue: 11, enforced: false },
  { key: 'conll.raw.test.f1', floor: 0.88, issue: 11, enforced: false },
  { key: 'conll.raw.test.f1.ORG', floor: 0.84, issue: 11, enforced: false },
  { key: 'linking.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  // The same floors on the held-out set, which nobody tunes the linker on.
  { key: 'linking.heldout.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.heldout.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.final.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.final.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  // The blind set, written apart from the linker and merged after its last change.
  { key: 'linking.blind.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  // The second blind set, written in stop 24 apart from the linker and merged after that stop's changes.
  { key: 'linking.blind2.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind2.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind3.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind3.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind4.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind4.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind5.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind5.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  // The sixth blind set, written in stop 30 while that stop's linker changes were made, measured after them.
  { key: 'linking.blind6.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind6.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  // The seventh blind set, written in stop 35 while the seventh to ninth sets' mistakes were read, measured before and after.
  { key: 'linking.blind7.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind7.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind8.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind8.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind9.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind9.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind10.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind10.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind11.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind11.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind12.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind12.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind13.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind13.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind14.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind14.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind15.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind15.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind16.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind16.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind17.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind17.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  { key: 'linking.blind18.ambiguous.accuracy', floor: 0.9, issue: 10, enforced: false },
  { key: 'linking.blind18.overall.accuracy', floor: 0.97, issue: 10, enforced: false },
  // Precision of the "not in the registry" diagnostics on the annotated sets (eval/problems.ts); it holds, so it is enforced.
  { key: 'problems.unregistered.precision', floor: 0.9, issue: 16, enforced: true },
];
