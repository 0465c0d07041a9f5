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
    const run = names.slice(runStart, i);
    if (run.length >= 4 && oneWord(run[0])) {
      for (const most of ['PER', 'LOC'] as const) {
        if (!mostOf(run, most)) continue;
        out ??= names.slice();
        for (let k = runStart; k < i; k++) if (out[k].label !== most && out[k].label !== 'MISC') out[k] = { ...out[k], label: most };
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

/**
 * True when `label` is what the list mostly is and some item is not: at least half of its
 * names, and more than any other label ("Dublin, Cork, Limerick and Kilkenny" read as two
 * places, a person and an organization).
 */
function mostOf(run: readonly NameSpan[], label: NameSpan['label']): boolean {
  const counts = new Map<string, number>();
  for (const n of run) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
  const count = counts.get(label) ?? 0;
  if (count * 2 < run.length || count === run.length) return false;
  for (const [other, n] of counts) if (other !== label && n >= count) return false;
  return true;
}
