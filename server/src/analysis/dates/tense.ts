/**
 * Which way a bare "Monday" or "in November" points. News reports past events in
 * the past tense and announces future ones with auxiliaries ("will", "is due to"),
 * so the nearest tense cue in the same sentence decides whether a weekday is the
 * one on or before the publication date or the next one.
 */

/** The direction a date points from the publication date. */
export type Direction = 'past' | 'future' | 'none';

const FUTURE_CUES = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'next', 'plans', 'planning', 'payable', 'effective', 'scheduled', 'due',
  'expected', 'expects', 'expect', 'upcoming', 'coming', 'until', 'till', 'going', 'intends', 'intend',
  'would', 'hopes', 'aims', 'starting', 'beginning', 'tomorrow', 'begins', 'starts', 'opens',
]);

const PAST_CUES = new Set([
  'said', 'says', 'told', 'was', 'were', 'had', 'did', 'ago', 'last', 'met', 'came', 'went', 'took', 'made',
  'gave', 'saw', 'fell', 'rose', 'won', 'lost', 'began', 'left', 'held', 'found', 'got', 'ran', 'sold', 'bought',
  'paid', 'became', 'brought', 'spoke', 'wrote', 'sent', 'struck', 'killed', 'earlier', 'since', 'previously',
  'yesterday', 'hit', 'led', 'shot', 'broke', 'chose', 'fled', 'flew', 'knew', 'stood', 'thought', 'kept',
  'spent', 'built', 'meant', 'felt', 'heard', 'arrived', 'added', 'reported', 'announced', 'ended', 'closed',
]);

/** Words right before a date that point it forward ("by May", "as soon as Tuesday"). */
const FUTURE_LEADS = /(?:\bby|\bas (?:soon|early) as|\bpayable|\beffective|\bthrough|\bstarting|\bbeginning)\s+(?:on\s+)?$/i;

/** Abbreviations whose period does not end a sentence ("Daniel P. Davison", "Mr. Smith", "Sept. 30"). */
const ABBREVIATION = /(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bInc|\bCo|\bCorp|\bLtd|\bJr|\bSr|\bGen|\bGov|\bSen|\bRep|\bU\.S|\bJan|\bFeb|\bMar|\bApr|\bAug|\bSept?|\bOct|\bNov|\bDec|\bNo|\bvs)\.$/;

/** Start of the sentence containing `index`: after the last real sentence end before it. */
export function sentenceStart(text: string, index: number): number {
  const re = /[.!?]["'”’]*\s+|\n/g;
  let start = 0;
  for (let m = re.exec(text); m && m.index < index; m = re.exec(text)) {
    if (m[0] !== '\n' && text[m.index] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) continue;
    start = m.index + m[0].length;
  }
  return start;
}

/** Words that turn a following participle into a future/passive form ("will be announced"). */
const PARTICIPLE_HOSTS = new Set(['be', 'been', 'being', 'to', 'will', 'would', "'ll"]);

const NOT_PAST_ED = new Set(['need', 'feed', 'red', 'bed', 'seed', 'speed', 'indeed', 'proceed', 'succeed', 'exceed', 'led', 'shed', 'wed', 'hundred', 'interested', 'expected', 'scheduled', 'planned', 'based', 'related', 'united', 'limited', 'advanced']);

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
  return (s.toLowerCase().match(/[a-z]+|['’][a-z]+/g) ?? []);
}

/**
 * The tense direction of the date at [start, end) in `text`, from the nearest cue in
 * the same sentence: first up to `reach` words to the left, then to the right.
 */
export function directionAt(text: string, start: number, end: number, reach = 8): Direction {
  const from = sentenceStart(text, start);
  if (FUTURE_LEADS.test(text.slice(from, start))) return 'future';
  const left = words(text.slice(from, start));
  for (let i = left.length - 1, n = 0; i >= 0 && n < reach; i--, n++) {
    const d = cueOf(left[i], left[i - 1]);
    if (d !== 'none') return d;
  }
  const stop = text.slice(end).search(/[.?!](\s|$)|\n/);
  const right = words(text.slice(end, stop < 0 ? text.length : end + stop));
  for (let i = 0; i < right.length && i < reach; i++) {
    const d = cueOf(right[i], i > 0 ? right[i - 1] : left[left.length - 1]);
    if (d !== 'none') return d;
  }
  return 'none';
}
