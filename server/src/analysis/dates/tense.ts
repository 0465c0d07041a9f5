/**
 * Which way a bare "Monday" or "in November" points. News reports past events in
 * the past tense and announces future ones with auxiliaries ("will", "is due to"),
 * so the nearest tense cue in the same sentence decides whether a weekday is the
 * one on or before the publication date or the next one.
 */
import { partitionPoint } from '../spans';

/** The direction a date points from the publication date. */
export type Direction = 'past' | 'future' | 'none';

const FUTURE_CUES = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'wo',
  'next',
  'plans',
  'planning',
  'payable',
  'effective',
  'scheduled',
  'due',
  'expected',
  'expects',
  'expect',
  'upcoming',
  'coming',
  'until',
  'till',
  'going',
  'intends',
  'intend',
  'would',
  'hopes',
  'aims',
  'starting',
  'beginning',
  'tomorrow',
  'begins',
  'starts',
  'opens',
]);

const PAST_CUES = new Set([
  'said',
  'says',
  'told',
  'was',
  'were',
  'had',
  'did',
  'ago',
  'last',
  'met',
  'came',
  'went',
  'took',
  'made',
  'gave',
  'saw',
  'fell',
  'rose',
  'won',
  'lost',
  'began',
  'left',
  'held',
  'found',
  'got',
  'ran',
  'sold',
  'bought',
  'paid',
  'became',
  'brought',
  'spoke',
  'wrote',
  'sent',
  'struck',
  'killed',
  'earlier',
  'since',
  'previously',
  'yesterday',
  'hit',
  'led',
  'shot',
  'broke',
  'chose',
  'fled',
  'flew',
  'knew',
  'stood',
  'thought',
  'kept',
  'spent',
  'built',
  'meant',
  'felt',
  'heard',
  'arrived',
  'added',
  'reported',
  'announced',
  'ended',
  'closed',
]);

/** Abbreviations whose period does not end a sentence ("Daniel P. Davison", "Mr. Smith", "Sept. 30"). */
const ABBREVIATION =
  /(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bInc|\bCo|\bCorp|\bLtd|\bJr|\bSr|\bGen|\bGov|\bSen|\bRep|\bU\.S|\bJan|\bFeb|\bMar|\bApr|\bAug|\bSept?|\bOct|\bNov|\bDec|\bNo|\bvs)\.$/;

/** A sentence end as `sentenceStart` reads it: end punctuation, closing quotes and space, or a line break. */
const SENTENCE_END = /[.!?]["'”’]*\s+|\n/g;
/** Where `directionAt` stops reading to the right of a date, as a position test (it has no lookbehind). */
const RIGHT_STOP = /[.?!](?:\s|$)|\n/g;

/**
 * The sentence ends and right-hand stops of one text, found once. Every weekday and
 * month of a paragraph asks for them; scanning the paragraph for each made weekday tense
 * quadratic (issue 15: 82 KB took 3.8 s, 328 KB 82 s). One text is remembered, the
 * paragraph the date rules are reading; a different text replaces it.
 */
interface SentenceIndex {
  text: string;
  /** Position of each sentence-ending match (abbreviations left out), ascending. */
  ends: number[];
  /** The sentence start that follows each of `ends`. */
  starts: number[];
  /** Positions where the right-hand reading stops, ascending. */
  stops: number[];
}

let indexed: SentenceIndex | undefined;

function sentenceIndex(text: string): SentenceIndex {
  if (indexed && indexed.text === text) return indexed;
  const ends: number[] = [];
  const starts: number[] = [];
  const re = new RegExp(SENTENCE_END.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] !== '\n' && text[m.index] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) continue;
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  const stops: number[] = [];
  const stop = new RegExp(RIGHT_STOP.source, 'g');
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    stops.push(m.index);
    // Matches may not overlap in a global search, but `search` from any position finds the
    // first one at or after it: step one character on so none is skipped.
    stop.lastIndex = m.index + 1;
  }
  indexed = { text, ends, starts, stops };
  return indexed;
}

/** Index of the last element of ascending `list` below `value`, or -1. */
function lastBelow(list: number[], value: number): number {
  return partitionPoint(list.length, (i) => list[i] < value) - 1;
}

/** Start of the sentence containing `index`: after the last real sentence end before it. */
export function sentenceStart(text: string, index: number): number {
  const sentences = sentenceIndex(text);
  const i = lastBelow(sentences.ends, index);
  return i < 0 ? 0 : sentences.starts[i];
}

/** Words that turn a following participle into a future/passive form ("will be announced"). */
const PARTICIPLE_HOSTS = new Set(['be', 'been', 'being', 'to', 'will', 'would', "'ll"]);

const NOT_PAST_ED = new Set([
  'need',
  'feed',
  'red',
  'bed',
  'seed',
  'speed',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
  'led',
  'shed',
  'wed',
  'hundred',
  'interested',
  'expected',
  'scheduled',
  'planned',
  'based',
  'related',
  'united',
  'limited',
  'advanced',
]);

/** Classifies one lower-cased word as a tense cue, looking at the word before it for participles. */
function cueOf(word: string, previous: string | undefined): Direction {
  if (FUTURE_CUES.has(word)) return 'future';
  const pastLike = PAST_CUES.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word));
  if (!pastLike) return 'none';
  if (previous && PARTICIPLE_HOSTS.has(previous)) return 'future';
  return 'past';
}

/** Lower-cased words of a stretch of text, apostrophe contractions split off ("it'll" → "it", "'ll"). */
function words(s: string): string[] {
  return s.toLowerCase().match(/[a-z]+|['’][a-z]+/g) ?? [];
}

/**
 * Words right before a date that point it forward ("by May", "as soon as Tuesday"):
 * the lead, whitespace, an optional "on" and whitespace, then the date.
 * This is the lead alone, at the very end of a short stretch.
 */
const LEAD_AT_END = /(?:\bby|\bas (?:soon|early) as|\bpayable|\beffective|\bthrough|\bstarting|\bbeginning)$/i;
/** Longest lead plus the character its `\b` looks at. */
const LEAD_REACH = 16;

/** The start of the run of whitespace that ends at `at` (not before `from`). */
function spaceBefore(text: string, from: number, at: number): number {
  let p = at;
  while (p > from && /\s/.test(text[p - 1])) p--;
  return p;
}

/**
 * Whether a future lead ends right before the date, without reading the whole sentence: the
 * lead, then whitespace, then an optional "on" and whitespace, must end at `start`.
 */
function futureLeadBefore(text: string, from: number, start: number): boolean {
  const lead = (at: number) => LEAD_AT_END.test(text.slice(Math.max(from, at - LEAD_REACH), at));
  const space = spaceBefore(text, from, start);
  if (space === start) return false;
  if (lead(space)) return true;
  if (space - 2 >= from && /^on$/i.test(text.slice(space - 2, space))) {
    const before = spaceBefore(text, from, space - 2);
    if (before < space - 2 && lead(before)) return true;
  }
  return false;
}

/**
 * True when a character is part of what `words` reads (its lower case holds a letter
 * a–z or an apostrophe): words never span a character that is not.
 */
function wordChar(c: string | undefined): boolean {
  return c !== undefined && /[a-z'’]/.test(c.toLowerCase());
}

/**
 * The first window `wordsBefore` and `wordsAfter` read, in characters: about the nine
 * words `directionAt` needs. The words found do not depend on it (a window starts and
 * ends between words, and is doubled until it holds enough), only the garbage does:
 * 256 made every weekday of a long paragraph cut, lower-case and split half a kilobyte.
 */
const FIRST_WINDOW = 80;

/**
 * The last `count` words (or all) of `words(text.slice(from, start))`, reading only as far
 * back as needed: a window that starts between words, doubled until it holds enough.
 */
function wordsBefore(text: string, from: number, start: number, count: number): string[] {
  for (let width = FIRST_WINDOW; ; width *= 2) {
    let lo = Math.max(from, start - width);
    while (lo > from && wordChar(text[lo - 1])) lo--;
    const found = words(text.slice(lo, start));
    if (lo === from || found.length >= count) return found;
  }
}

/** The first `count` words (or all) of `words(text.slice(end, stop))`, reading only as far as needed. */
function wordsAfter(text: string, end: number, stop: number, count: number): string[] {
  for (let width = FIRST_WINDOW; ; width *= 2) {
    let hi = Math.min(stop, end + width);
    while (hi < stop && wordChar(text[hi])) hi++;
    const found = words(text.slice(end, hi));
    if (hi === stop || found.length >= count) return found;
  }
}

/**
 * The tense direction of the date at [start, end) in `text`, from the nearest cue in
 * the same sentence: first up to `reach` words to the left, then to the right. Reads
 * only the words it needs, so a paragraph of thousands of weekdays stays linear.
 */
export function directionAt(text: string, start: number, end: number, reach = 8): Direction {
  const from = sentenceStart(text, start);
  if (futureLeadBefore(text, from, start)) return 'future';
  const left = wordsBefore(text, from, start, reach + 1);
  for (let i = left.length - 1, n = 0; i >= 0 && n < reach; i--, n++) {
    const d = cueOf(left[i], left[i - 1]);
    if (d !== 'none') return d;
  }
  const stops = sentenceIndex(text).stops;
  const next = lastBelow(stops, end) + 1;
  const stop = next < stops.length ? stops[next] : text.length;
  const right = wordsAfter(text, end, stop, reach);
  for (let i = 0; i < right.length && i < reach; i++) {
    const d = cueOf(right[i], i > 0 ? right[i - 1] : left[left.length - 1]);
    if (d !== 'none') return d;
  }
  return auxiliaryFurtherBack(text, from, start, reach);
}

/** The future auxiliaries that govern a whole clause, however long ("would publish … and open a helpline on Monday"). */
const CLAUSE_AUXILIARIES = new Set(['will', "'ll", '’ll', 'shall', 'would', 'wo']);
/** How far back in its sentence a date looks for such an auxiliary. */
const FAR_REACH = 30;

/**
 * 'future' when the nearest tense cue beyond the first `reach` words to the left, within
 * the sentence, is a future auxiliary: "Officers said they would publish guidance for
 * landlords by the end of the month and open a helpline at 8:30 a.m. on Monday" is next
 * Monday, where the nine words before it hold no cue. Any other cue there, or none, says
 * nothing (a past cue that far back is as likely another clause's).
 */
function auxiliaryFurtherBack(text: string, from: number, start: number, reach: number): Direction {
  const far = wordsBefore(text, from, start, FAR_REACH + 1);
  for (let i = far.length - 1 - reach, n = reach; i >= 0 && n < FAR_REACH; i--, n++) {
    const d = cueOf(far[i], far[i - 1]);
    if (d === 'none') continue;
    return d === 'future' && CLAUSE_AUXILIARIES.has(far[i]) ? 'future' : 'none';
  }
  return 'none';
}
