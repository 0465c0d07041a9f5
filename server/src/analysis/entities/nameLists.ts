/**
 * A list of surnames (a team sheet: "Given, Breen, Staunton, Irwin, McAteer, Harte"): the
 * tagger reads each word of the list on its own, and the surnames that are also towns
 * ("Staunton", "Houghton") come out as places. In a list of four or more one-word names, at
 * least half of them people and more people than names of any other kind, the places and
 * organizations are people too; and likewise with places ("Dublin, Cork, Limerick and
 * Kilkenny", where "Cork" alone reads like a surname and "Limerick" like a club). Other kinds
 * of name (nationalities, events: MISC) are left as they are.
 */
import type { NameSpan } from '../ner';

/** What separates the items of a list. */
const SEPARATOR = /^(?:, |,? and )$/;

/** The tagged names (sorted), each list of one-word names made the kind most of them are (mostOf). */
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
    const most = i - runStart >= 4 && oneWord(names[runStart]) ? mostOf(names.slice(runStart, i)) : undefined;
    if (most === 'PER' || most === 'LOC') {
      out ??= names.slice();
      for (let k = runStart; k < i; k++) if (out[k].label !== most && out[k].label !== 'MISC') out[k] = { ...out[k], label: most };
    }
    runStart = i;
  }
  return out ?? names.slice();
}

/** True for a name of one word. */
function oneWord(n: NameSpan): boolean {
  return !n.text.includes(' ') && !n.text.includes('\n');
}

/**
 * The label the list mostly is, when some item is not: at least half of its names, and more
 * than any other label ("Dublin, Cork, Limerick and Kilkenny" read as two places, a person and
 * an organization); undefined when no label is (or every item already has it).
 */
function mostOf(run: readonly NameSpan[]): NameSpan['label'] | undefined {
  const counts = new Map<NameSpan['label'], number>();
  for (const n of run) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
  let most: NameSpan['label'] | undefined;
  let top = 0;
  let tied = false;
  for (const [label, n] of counts) {
    if (n > top) [most, top, tied] = [label, n, false];
    else if (n === top) tied = true;
  }
  return most !== undefined && !tied && top * 2 >= run.length && top < run.length ? most : undefined;
}
