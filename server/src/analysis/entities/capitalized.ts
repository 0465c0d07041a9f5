/**
 * A plain fallback name finder: runs of capitalized words that are not sentence
 * openers, months, weekdays or common function words. It keeps the editor useful
 * when no trained tagger is available and gives the tests a floor to stand on.
 */
import type { TextSpan } from '../types';

/** A candidate name with a guessed CoNLL-style label. */
export interface CandidateName extends TextSpan {
  label: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

const SKIP = new Set(
  (
    'The A An And But Or If In On At Of For To From By With As It Its This That These Those He She They We I You His Her Their Our ' +
    'There Here When While After Before Since Although Though However Meanwhile Also Then So Yet Still Some Many Most All Both Each ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday Mr Mrs Ms Dr No Not What Who Why How Where Which According Under Over Into Despite Amid Owing Ties'
  ).split(' '),
);
const ORG_CUES = /\b(?:Agency|Authority|Bank|Company|Co|Corp|Corporation|Inc|Ltd|Group|Ministry|Council|Court|Party|Union|Association|Committee|Commission|Office|Bureau|University|Institute|Times|Press|News|Agreement)\b/;
const WORD = /[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}\p{N}][\p{L}\p{M}\p{N}'’.-]*|[^\s]/gu;

/** Finds runs of capitalized words in `text[from, to)`. */
export function capitalizedNames(text: string, from: number, to: number): CandidateName[] {
  const out: CandidateName[] = [];
  const slice = text.slice(0, to);
  WORD.lastIndex = from;
  let run: { start: number; end: number; words: string[] } | undefined;
  let m: RegExpExecArray | null;
  const flush = () => {
    if (run && run.words.length > 0) out.push({ start: run.start, end: run.end, label: ORG_CUES.test(run.words.join(' ')) ? 'ORG' : run.words.length >= 2 ? 'PER' : 'MISC' });
    run = undefined;
  };
  while ((m = WORD.exec(slice)) !== null) {
    let word = m[0].replace(/['’]s$/, '');
    if (word.endsWith('.') && !/^(?:[A-Z]\.)+$|^(?:Co|Inc|Corp|Ltd|Jr|Sr)\.$/.test(word)) word = word.slice(0, -1);
    const capital = /^\p{Lu}/u.test(word) && word.length > 1;
    const skip = SKIP.has(word.replace(/\.$/, ''));
    if (capital && !skip) {
      if (!run) run = { start: m.index, end: m.index + word.length, words: [] };
      run.end = m.index + word.length;
      run.words.push(word);
      if (word !== m[0].replace(/\.$/, '') && word.length < m[0].length) flush();
    } else flush();
  }
  flush();
  return out;
}
