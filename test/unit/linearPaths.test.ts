/**
 * The paths issue 15 made linear give exactly what the quadratic code they replace
 * gave, on ordinary text: each test keeps the old code as the reference (weekday tense,
 * the gazetteer merge, one chrono parse of the whole paragraph) and compares on
 * generated articles, the samples, the seeds when present, and random text with tense
 * words, sentence ends, abbreviations and awkward characters. All texts are generated or
 * written here.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as chrono from 'chrono-node';
import { directionAt, sentenceStart, type Direction } from '../../server/src/analysis/dates/tense';
import { combineWithGazetteer } from '../../server/src/analysis/gazetteer/combine';
import { gazetteerEntry } from '../../server/src/analysis/gazetteer';
import gazetteerData from '../../server/src/analysis/gazetteer/data.json';
import { CHRONO_WHOLE, chronoCandidates, chronoReference, chronoValue } from '../../server/src/analysis/dates/chronoLayer';
import { parseAnchor } from '../../server/src/analysis/dates/anchor';
import type { NameSpan } from '../../server/src/analysis/ner';
import type { NameMatch } from '../../server/src/analysis/registry/matcher';
import { generateArticle } from '../../bench/generate';
import { REPO_ROOT, SEEDS } from '../support/paths';

// ---- The old weekday-tense code, as it was before issue 15 ----

const OLD_FUTURE_CUES = new Set([
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
const OLD_PAST_CUES = new Set([
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
const OLD_FUTURE_LEADS = /(?:\bby|\bas (?:soon|early) as|\bpayable|\beffective|\bthrough|\bstarting|\bbeginning)\s+(?:on\s+)?$/i;
const OLD_ABBREVIATION =
  /(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bInc|\bCo|\bCorp|\bLtd|\bJr|\bSr|\bGen|\bGov|\bSen|\bRep|\bU\.S|\bJan|\bFeb|\bMar|\bApr|\bAug|\bSept?|\bOct|\bNov|\bDec|\bNo|\bvs)\.$/;
const OLD_HOSTS = new Set(['be', 'been', 'being', 'to', 'will', 'would', "'ll"]);
const OLD_NOT_PAST_ED = new Set([
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

function oldSentenceStart(text: string, index: number): number {
  const re = /[.!?]["'”’]*\s+|\n/g;
  let start = 0;
  for (let m = re.exec(text); m && m.index < index; m = re.exec(text)) {
    if (m[0] !== '\n' && text[m.index] === '.' && OLD_ABBREVIATION.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) continue;
    start = m.index + m[0].length;
  }
  return start;
}
function oldCue(word: string, previous: string | undefined): Direction {
  if (OLD_FUTURE_CUES.has(word)) return 'future';
  const pastLike = OLD_PAST_CUES.has(word) || (word.length > 4 && word.endsWith('ed') && !OLD_NOT_PAST_ED.has(word));
  if (!pastLike) return 'none';
  if (previous && OLD_HOSTS.has(previous)) return 'future';
  return 'past';
}
const oldWords = (s: string): string[] => s.toLowerCase().match(/[a-z]+|['’][a-z]+/g) ?? [];
function oldDirectionAt(text: string, start: number, end: number, reach = 8): Direction {
  const from = oldSentenceStart(text, start);
  if (OLD_FUTURE_LEADS.test(text.slice(from, start))) return 'future';
  const left = oldWords(text.slice(from, start));
  for (let i = left.length - 1, n = 0; i >= 0 && n < reach; i--, n++) {
    const d = oldCue(left[i], left[i - 1]);
    if (d !== 'none') return d;
  }
  const stop = text.slice(end).search(/[.?!](\s|$)|\n/);
  const right = oldWords(text.slice(end, stop < 0 ? text.length : end + stop));
  for (let i = 0; i < right.length && i < reach; i++) {
    const d = oldCue(right[i], i > 0 ? right[i - 1] : left[left.length - 1]);
    if (d !== 'none') return d;
  }
  // Then a future auxiliary further back in the sentence, up to 30 words, decides when it is the nearest cue there.
  for (let i = left.length - 1 - reach, n = reach; i >= 0 && n < 30; i--, n++) {
    const d = oldCue(left[i], left[i - 1]);
    if (d === 'none') continue;
    return d === 'future' && ['will', "'ll", '’ll', 'shall', 'would', 'wo'].includes(left[i]) ? 'future' : 'none';
  }
  return 'none';
}

// ---- The old gazetteer merge ----

function oldCombine(text: string, tagged: readonly NameSpan[], matches: readonly NameMatch[]): ReturnType<typeof combineWithGazetteer> {
  const out: ReturnType<typeof combineWithGazetteer> = [];
  const replaced = new Set<NameSpan>();
  for (const match of matches) {
    const entry = gazetteerEntry(match.id);
    if (!entry) continue;
    const overlapping = tagged.filter((t) => t.start < match.end && match.start < t.end);
    const inside = (t: NameSpan) => match.start <= t.start && t.end <= match.end;
    if (overlapping.some((t) => !inside(t))) continue;
    if (overlapping.some((t) => t.start === match.start && t.end === match.end && (t.label === 'PER' || (t.label === 'ORG' && entry.kind === 'city'))))
      continue;
    if (overlapping.length === 0 && (entry.kind === 'city' || oldCapitals(text, match.start, match.end))) continue;
    for (const t of overlapping) replaced.add(t);
    out.push({ start: match.start, end: match.end, text: text.slice(match.start, match.end), gazetteer: entry });
  }
  for (const t of tagged) if (!replaced.has(t)) out.push(t);
  return out.sort((a, b) => a.start - b.start);
}
function oldCapitals(text: string, start: number, end: number): boolean {
  const words = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40)).match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => w === w.toUpperCase());
}

// ---- Texts ----

/** The samples and (when present) the seeds, read at run time. */
function realTexts(): string[] {
  const files = readdirSync(join(REPO_ROOT, 'samples'))
    .filter((f) => /\.(news|article|txt)$/.test(f))
    .map((f) => join(REPO_ROOT, 'samples', f));
  files.push(...Object.values(SEEDS).filter((f) => existsSync(f)));
  return files.map((f) => readFileSync(f, 'utf8'));
}
const generated = [1, 2, 3, 4, 5, 6].map((seed) => generateArticle(seed, 1500));
const TENSE_PIECES = [
  'Monday',
  'on Friday',
  'by',
  'as soon as',
  'as early as',
  'on',
  'ON',
  'Mr.',
  'U.S.',
  'Sept.',
  'A.',
  'will',
  "it'll",
  'said',
  'was',
  'be',
  'announced',
  'expected',
  'next',
  'last',
  'payable',
  'effective',
  'through',
  'starting',
  'standby',
  '. ',
  '! ',
  '? ',
  '." ',
  '.” ',
  '\n',
  '  ',
  '\t',
  '\u00a0',
  ',',
  'İstanbul',
  '\u212a',
  'Mondays',
  "Monday's",
  '’s',
  'x',
  '\ud800',
  '😀',
];
const tenseText = fc
  .array(fc.oneof(fc.constantFrom(...TENSE_PIECES), fc.constantFrom(' ', ' ', ' '), fc.string({ maxLength: 3 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Every word-shaped span of `text` (the places a date could be). */
function spansOf(text: string): [number, number][] {
  return [...text.matchAll(/[A-Za-z]+(?:\s+[A-Za-z]+)?/g)].map((m) => [m.index, m.index + m[0].length]);
}

function assertSameTense(text: string): void {
  for (const [start, end] of spansOf(text)) {
    assert.equal(sentenceStart(text, start), oldSentenceStart(text, start), `sentenceStart at ${start} of ${JSON.stringify(text.slice(0, 200))}`);
    assert.equal(
      directionAt(text, start, end),
      oldDirectionAt(text, start, end),
      `directionAt ${start}-${end} (${JSON.stringify(text.slice(start, end))}) of ${JSON.stringify(text.slice(Math.max(0, start - 200), end + 200))}`,
    );
  }
}

describe('linear paths give what the quadratic ones gave', () => {
  it('weekday tense: on generated articles, the samples and the seeds', () => {
    for (const text of [...generated, ...realTexts()]) {
      for (const paragraph of text.split(/\n\s*\n/)) assertSameTense(paragraph);
      assertSameTense(text);
    }
  });

  it('weekday tense: on random text with tense words, leads, abbreviations and sentence ends', () => {
    fc.assert(
      fc.property(tenseText, (text) => assertSameTense(text)),
      { seed: 15, numRuns: 400 },
    );
  });

  it('weekday tense: far from the sentence start (the window grows until it has enough words)', () => {
    const long = `${'x '.repeat(700)}they will, ${'1 2 3 '.repeat(200)}on Monday ${'- '.repeat(600)}said`;
    assertSameTense(long);
    assertSameTense(`as soon as${' '.repeat(300)}on${'\u00a0'.repeat(40)}Tuesday`);
  });

  it('the gazetteer merge: random sorted spans, every way they can overlap', () => {
    const entries = gazetteerData as { id: string; kind: string }[];
    // Cities and the other kinds take different branches; both are in the pool.
    const pool = [...entries.filter((e) => e.kind === 'city').slice(0, 10), ...entries.filter((e) => e.kind !== 'city').slice(0, 20)].map((e) => e.id);
    assert.ok(pool.length > 10);
    const spans = fc.array(fc.tuple(fc.nat(6), fc.integer({ min: 1, max: 6 })), { maxLength: 30 }).map((gaps) => {
      let at = 0;
      return gaps.map(([gap, length]) => ({ start: (at += gap), end: (at += length) }));
    });
    fc.assert(
      fc.property(
        spans,
        spans,
        fc.array(fc.constantFrom<NameSpan['label']>('PER', 'ORG', 'LOC', 'MISC'), { minLength: 30, maxLength: 30 }),
        fc.array(fc.constantFrom(...pool), { minLength: 30, maxLength: 30 }),
        fc.boolean(),
        (t, m, labels, matchIds, caps) => {
          const text = (caps ? 'WASHINGTON TALKS, ' : 'Washington talks, ').repeat(20);
          const tagged = t.map((s, i) => ({ ...s, text: text.slice(s.start, s.end), label: labels[i] }) as NameSpan);
          const matches = m.map((s, i) => ({ ...s, id: matchIds[i] }) as NameMatch);
          assert.deepEqual(combineWithGazetteer(text, tagged, matches), oldCombine(text, tagged, matches));
        },
      ),
      { seed: 15, numRuns: 500 },
    );
  });

  it('the gazetteer merge on mixed text: capitals, lower case, one-letter words, digits and non-ASCII letters around the matches', () => {
    const entries = gazetteerData as { id: string; kind: string }[];
    const pool = entries
      .filter((e) => e.kind !== 'city')
      .slice(0, 20)
      .map((e) => e.id);
    const piece = fc.constantFrom(
      'WASHINGTON',
      'TALKS',
      'Talks',
      'talks',
      'a',
      'I',
      'A',
      'É',
      'é',
      'ÉTÉ',
      'ÜBER',
      'straße',
      'AB',
      'x1',
      '42',
      ' ',
      ', ',
      ' — ',
      '\n',
    );
    const text = fc.array(piece, { minLength: 200, maxLength: 300 }).map((p) => p.join('').padEnd(420, ' '));
    const spans = fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 1, max: 10 })), { maxLength: 12 }).map((gaps) => {
      let at = 0;
      return gaps.map(([gap, length]) => ({ start: (at += gap), end: (at += length) }));
    });
    fc.assert(
      fc.property(text, spans, fc.array(fc.constantFrom(...pool), { minLength: 12, maxLength: 12 }), (t, m, matchIds) => {
        const matches = m.map((s, i) => ({ ...s, id: matchIds[i] }) as NameMatch);
        assert.deepEqual(combineWithGazetteer(t, [], matches), oldCombine(t, [], matches));
      }),
      { seed: 1515, numRuns: 1000 },
    );
  });

  it('chrono in windows: long paragraphs of ordinary text read as one parse read them', () => {
    const anchor = parseAnchor('2024-05-03', null);
    const whole = (text: string) => {
      const out = [];
      for (const r of chrono.parse(text, { instant: chronoReference(anchor), timezone: 0 })) {
        if (!/\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(r.text)) continue;
        const lead = /^(?:on|at|from|by|since|until|in)\s+/i.exec(r.text)?.[0].length ?? 0;
        const value = chronoValue(r.start, anchor.year === null);
        if (value) out.push({ start: r.index + lead, end: r.index + r.text.length, value });
      }
      return out;
    };
    const numeric = [
      'The filing of 7/29/2019 was amended on 2019-08-02.',
      'Shares closed at 14.20 on 29.07.2019 at 14:30.',
      'Payments from 1/2/2020 to 3/4/2020 were late.',
      'Nothing numeric here, only words and 42 people.',
    ];
    const texts = [...generated.map((t) => t.replace(/\s*\n\s*/g, ' ')), ...realTexts().map((t) => t.replace(/\s*\n\s*/g, ' '))];
    for (let i = 0; i < 6; i++) texts.push(Array.from({ length: 120 }, (_, k) => numeric[(k * (i + 1)) % numeric.length]).join(' '));
    let long = 0;
    for (const text of texts) {
      if (text.length <= CHRONO_WHOLE) continue;
      long++;
      const got = chronoCandidates(text, anchor).map((c) => ({ start: c.start, end: c.end, value: c.value }));
      assert.deepEqual(got, whole(text), `windowed chrono differs on ${JSON.stringify(text.slice(0, 120))}…`);
    }
    assert.ok(long >= 6, `the test needs paragraphs longer than ${CHRONO_WHOLE} characters (had ${long})`);
  });
});
