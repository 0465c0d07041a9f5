/**
 * A list of surnames (a team sheet: "Given, Breen, Staunton, Irwin, McAteer, Harte"): the
 * tagger reads each word of the list on its own, and the surnames that are also towns
 * ("Staunton", "Houghton") come out as places. In a list of four or more one-word names, at
 * least two thirds of them people, the places are people too; and at least two thirds of them
 * places, the people are places ("Dublin, Cork, Limerick and Kilkenny", where "Cork" alone
 * reads like a surname).
 */
import type { NameSpan } from '../ner';

/** What separates the items of a list. */
const SEPARATOR = /^(?:, |,? and )$/;

/** The tagged names (sorted) with the one-word places of a list of people read as people, and the people of a list of places as places. */
export function oneKindInLists(text: string, names: readonly NameSpan[]): NameSpan[] {
  let out: NameSpan[] | undefined;
  let runStart = 0;
  for (let i = 1; i <= names.length; i++) {
    const joined =
      i < names.length &&
      names[i].start - names[i - 1].end <= 6 &&
      oneWord(names[i]) &&
      oneWord(names[i - 1]) &&
      SEPARATOR.test(text.slice(names[i - 1].end, names[i].start));
    if (joined) continue;
    const run = names.slice(runStart, i);
    if (run.length >= 4 && oneWord(run[0])) {
      for (const [most, other] of [
        ['PER', 'LOC'],
        ['LOC', 'PER'],
      ] as const) {
        const count = run.filter((n) => n.label === most).length;
        if (count * 3 < run.length * 2 || count === run.length) continue;
        out ??= names.slice();
        for (let k = runStart; k < i; k++) if (out[k].label === other) out[k] = { ...out[k], label: most };
      }
    }
    runStart = i;
  }
  return out ?? names.slice();
}

/** True for a name of one word. */
function oneWord(n: NameSpan): boolean {
  return !n.text.includes(' ') && !n.text.includes('\n');
}
