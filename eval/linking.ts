/**
 * Linking with shared names (issue 10), on the evaluation set in test/fixtures/linking:
 * a newsroom registry in which many names belong to several entries, articles written
 * for it, and gold links for every name mention, including those that must stay
 * unlinked. Written by someone who had not read the linker.
 *
 * Each gold mention is matched to the system mention that overlaps it most; a system
 * mention that is not registered, or no overlapping mention, counts as "no link".
 * Rows: the product (front matter honoured, shared names decided in context) and two
 * baselines from the same run, which honour no front matter: the first entry in registry
 * file order (what News Lens did before), and the first entry whose type agrees with the
 * tagger's reading of the mention (else the first).
 * Run directly: `node out/eval/linking.js` (`NEWS_LENS_VERBOSE=1` prints every mistake).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/analysis/analyze';
import { linkFormOf, type LinkStrategy } from '../server/src/analysis/entities/disambiguate';
import { buildRegistry, parseRegistry, type Registry } from '../server/src/analysis/registry';
import type { EntityMention, TextSpan } from '../server/src/analysis/types';
import type { EvalResult } from './types';

interface GoldMention extends TextSpan {
  text: string;
  entityId: string | null;
}

/** Counts of one strategy over a set's gold mentions. */
export interface Tally {
  total: number;
  correct: number;
  shared: number;
  sharedCorrect: number;
  nulls: number;
  nullsCorrect: number;
  flagged: number;
  flaggedWrong: number;
}

/** A folder of test/fixtures, where the linking sets live. */
function fixtureDir(name: string): string {
  return path.resolve(__dirname, '..', '..', 'test', 'fixtures', name);
}

const STRATEGIES: { strategy: LinkStrategy; label: string }[] = [
  { strategy: 'context', label: 'News Lens (context, front matter)' },
  { strategy: 'first-entry', label: 'baseline: first entry in file order' },
  { strategy: 'type-only', label: 'baseline: type agreement only' },
];

/** The fixture folder, beside the compiled output's repository root. */
export const LINKING_DIR = fixtureDir('linking');

/**
 * The second set, written later by another engineer with a registry of its own, never used to
 * tune the linker: what the first set cannot show is how far its tuning carries to new text.
 */
export const LINKING_HELDOUT_DIR = fixtureDir('linking-heldout');

/**
 * The third set, written for the final measurement; its mistakes were read in stop 24 (place
 * qualifiers, agent verbs, titles around names), so it is no longer unseen.
 */
export const LINKING_FINAL_DIR = fixtureDir('linking-final');

/**
 * The fourth set, written while the linker was being worked on by an engineer who read neither
 * the linker, the evaluation nor the other sets, and merged only after that work: blind to it
 * until stop 26, which read its mistakes beside the fifth set's.
 */
export const LINKING_BLIND_DIR = fixtureDir('linking-blind');

/**
 * The fifth set, written in stop 24 by a helper who read neither the linker, the evaluation nor
 * the other sets, in regions none of them uses (Kenya and Uganda, the Low Countries, Argentina
 * and Chile, the Philippines), and merged after that stop's linker changes: blind to them until
 * stop 26, which read its mistakes (national sides of another sport than the article's).
 */
export const LINKING_BLIND2_DIR = fixtureDir('linking-blind2');

/**
 * The sixth set, written in stop 25 by a helper under the fifth set's rules, in regions none of
 * the others uses (Germany and Austria, Spain and Portugal, the US Pacific Northwest and New
 * England, Japan), and merged after that stop's changes. Its mistakes were read in stop 27, which
 * changed the linker for the classes they showed: no longer blind.
 */
export const LINKING_BLIND3_DIR = fixtureDir('linking-blind3');

/**
 * The seventh set, written in stop 26 by a helper under the same rules, in regions none of the
 * others uses (northern Italy, Poland and Czechia, Sweden and Finland, South Korea), while that
 * stop's linker changes were made, and measured only after them: blind to the linker as it stands.
 */
export const LINKING_BLIND4_DIR = fixtureDir('linking-blind4');

/**
 * The eighth set, written in stop 28 by a helper under the same rules, in regions none of the
 * others uses (Mexico, Brazil, Greece and Turkey, Romania, Vietnam), while that stop's linker
 * changes were made, and measured only after them: blind to the linker as it stands.
 */
export const LINKING_BLIND5_DIR = fixtureDir('linking-blind5');

/**
 * The ninth set, written in stop 30 by a helper under the same rules, in regions none of the
 * others uses (Colombia, Peru and Ecuador; Morocco and Tunisia; Malaysia and Indonesia; Norway
 * and Denmark), while that stop's linker changes were made, and measured only after them.
 */
export const LINKING_BLIND6_DIR = fixtureDir('linking-blind6');

/**
 * The tenth set, written in stop 35 by a helper under the same rules, in regions none of the
 * others uses (Hungary and Slovakia; Thailand and Cambodia; western and south-western France;
 * Sri Lanka and Bangladesh), while that stop read the seventh to ninth sets' mistakes, and
 * measured on the code before and after that work: the one set blind to the linker as it stands.
 */
export const LINKING_BLIND7_DIR = fixtureDir('linking-blind7');
/** An eleventh set, written blind in stop 36 (Switzerland and the Western Balkans, New Zealand, Tanzania and Ethiopia, the US Southwest). */
export const LINKING_BLIND8_DIR = fixtureDir('linking-blind8');
/** A twelfth set, written blind at the end of stop 36 (the Baltic states, Egypt and Jordan, Central America, Pakistan and Nepal). */
export const LINKING_BLIND9_DIR = fixtureDir('linking-blind9');
/** A thirteenth set, written blind in stop 37 (the South Caucasus, Ukraine and Moldova, Iceland and the Faroe Islands, Taiwan). */
export const LINKING_BLIND10_DIR = fixtureDir('linking-blind10');
/** A fourteenth set, written blind in stop 37 (Zambia, Zimbabwe, Botswana and Malawi; Iran, Oman and the Gulf; Kazakhstan, Uzbekistan and Kyrgyzstan; Bolivia and Paraguay). */
export const LINKING_BLIND11_DIR = fixtureDir('linking-blind11');
/** Twelfth blind set (written in stop 38): Cameroon, Gabon and the Republic of the Congo; Madagascar, Mauritius and Réunion; Mongolia; Fiji, Tonga, Samoa and Papua New Guinea. */
export const LINKING_BLIND12_DIR = fixtureDir('linking-blind12');
/** Sudan and South Sudan, Myanmar and Laos, Algeria and Libya, Angola and Mozambique; written blind in stop 38. */
export const LINKING_BLIND13_DIR = fixtureDir('linking-blind13');
/** Fourteenth blind set (stop 38): Sicily and Sardinia, Uruguay, Kosovo, North Macedonia and Albania, Afghanistan. */
export const LINKING_BLIND14_DIR = fixtureDir('linking-blind14');
export const LINKING_BLIND15_DIR = fixtureDir('linking-blind15');
export const LINKING_BLIND16_DIR = fixtureDir('linking-blind16');
export const LINKING_BLIND17_DIR = fixtureDir('linking-blind17');
export const LINKING_BLIND18_DIR = fixtureDir('linking-blind18');

/** A set measured, with the prefix of its metric keys; `read` when its mistakes have been read (and so may be tuned on). */
export interface LinkingSet {
  dir: string;
  name: string;
  key: string;
  read: boolean;
}

/** The sets measured. Only the blind ones (never read) say how the linker does on text nobody tuned it on. */
export const SETS: readonly LinkingSet[] = [
  { dir: LINKING_DIR, name: 'test/fixtures/linking (the linker was tuned on it)', key: 'linking', read: true },
  { dir: LINKING_HELDOUT_DIR, name: 'test/fixtures/linking-heldout (developed on)', key: 'linking.heldout', read: true },
  { dir: LINKING_FINAL_DIR, name: 'test/fixtures/linking-final (mistakes read in stop 24)', key: 'linking.final', read: true },
  { dir: LINKING_BLIND_DIR, name: 'test/fixtures/linking-blind (mistakes read in stop 26)', key: 'linking.blind', read: true },
  { dir: LINKING_BLIND2_DIR, name: 'test/fixtures/linking-blind2 (mistakes read in stop 26)', key: 'linking.blind2', read: true },
  { dir: LINKING_BLIND3_DIR, name: 'test/fixtures/linking-blind3 (mistakes read in stop 27)', key: 'linking.blind3', read: true },
  { dir: LINKING_BLIND4_DIR, name: 'test/fixtures/linking-blind4 (mistakes read in stop 35)', key: 'linking.blind4', read: true },
  { dir: LINKING_BLIND5_DIR, name: 'test/fixtures/linking-blind5 (mistakes read in stop 35)', key: 'linking.blind5', read: true },
  { dir: LINKING_BLIND6_DIR, name: 'test/fixtures/linking-blind6 (mistakes read in stop 35)', key: 'linking.blind6', read: true },
  { dir: LINKING_BLIND7_DIR, name: 'test/fixtures/linking-blind7 (mistakes read in stop 36)', key: 'linking.blind7', read: true },
  { dir: LINKING_BLIND8_DIR, name: 'test/fixtures/linking-blind8 (mistakes read in stop 37)', key: 'linking.blind8', read: true },
  { dir: LINKING_BLIND9_DIR, name: 'test/fixtures/linking-blind9 (mistakes read in stop 37)', key: 'linking.blind9', read: true },
  { dir: LINKING_BLIND10_DIR, name: 'test/fixtures/linking-blind10 (mistakes read in stop 38)', key: 'linking.blind10', read: true },
  { dir: LINKING_BLIND11_DIR, name: 'test/fixtures/linking-blind11 (mistakes read in stop 38)', key: 'linking.blind11', read: true },
  { dir: LINKING_BLIND12_DIR, name: 'test/fixtures/linking-blind12 (mistakes read in stop 38)', key: 'linking.blind12', read: true },
  { dir: LINKING_BLIND13_DIR, name: 'test/fixtures/linking-blind13 (mistakes read in stop 39)', key: 'linking.blind13', read: true },
  { dir: LINKING_BLIND14_DIR, name: 'test/fixtures/linking-blind14 (mistakes read in stop 39)', key: 'linking.blind14', read: true },
  { dir: LINKING_BLIND15_DIR, name: 'test/fixtures/linking-blind15 (mistakes read in stop 40)', key: 'linking.blind15', read: true },
  { dir: LINKING_BLIND16_DIR, name: 'test/fixtures/linking-blind16 (mistakes read in stop 40)', key: 'linking.blind16', read: true },
  { dir: LINKING_BLIND17_DIR, name: 'test/fixtures/linking-blind17 (written blind in stop 40; never tuned on)', key: 'linking.blind17', read: false },
  { dir: LINKING_BLIND18_DIR, name: 'test/fixtures/linking-blind18 (written blind in stop 40; never tuned on)', key: 'linking.blind18', read: false },
];

/**
 * The registry of the set, built from every entry its file defines: shared names are what
 * is measured, so entries are used even while the parser still reports shared names as errors.
 */
export function linkingRegistry(dir = LINKING_DIR): Registry {
  const parsed = parseRegistry(fs.readFileSync(path.join(dir, 'entities.yaml'), 'utf8'), 'entities.yaml');
  return buildRegistry([{ entries: parsed.entries, ignore: parsed.ignore, problems: [], ok: true }]);
}

/** Runs the three strategies over every article of every set; `verbose` receives one line per mistake of the product. */
export async function evaluate(_corporaDir?: string, verbose?: (line: string) => void): Promise<EvalResult> {
  const title = `Linking with shared names (${SETS.length} sets in test/fixtures)`;
  const table = [['set', 'linker', 'ambiguous acc.', 'overall acc.', '"no link" acc.', 'flagged (wrong among them)']];
  const metrics: EvalResult['metrics'] = [];
  const notes: string[] = [];
  for (const set of SETS) {
    const part = evaluateSet(set.dir, set.key, verbose);
    for (const row of part.rows) table.push([set.name, ...row]);
    metrics.push(...part.metrics);
    notes.push(`${set.name}: ${part.note}`);
  }
  notes.push(
    'Ambiguous = gold mentions whose text several registry entries claim. "No link" accuracy = share of the gold mentions that must stay unlinked which the linker leaves unlinked. Flagged = mentions the editor marks as low-margin (`ambiguous: true`), and how many of those are wrong.',
  );
  return { title, table, metrics, notes };
}

/** One set's rows (one per strategy), metrics under `key`, and a note with its counts. */
function evaluateSet(dir: string, key: string, verbose?: (line: string) => void): { rows: string[][]; metrics: EvalResult['metrics']; note: string } {
  if (!fs.existsSync(path.join(dir, 'entities.yaml'))) {
    return { rows: [['evaluation set missing', '—', '—', '—', '—']], metrics: [], note: `the set is not at ${dir}.` };
  }
  const { articles, entries, tallies } = tallySet(
    dir,
    STRATEGIES.map(({ strategy }) => strategy),
    verbose,
  );
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  const fmt = (x: number) => x.toFixed(3);
  const rows: string[][] = [];
  for (const { strategy, label } of STRATEGIES) {
    const t = tallies.get(strategy)!;
    rows.push([
      label,
      `${fmt(ratio(t.sharedCorrect, t.shared))} (${t.sharedCorrect}/${t.shared})`,
      `${fmt(ratio(t.correct, t.total))} (${t.correct}/${t.total})`,
      `${fmt(ratio(t.nullsCorrect, t.nulls))} (${t.nullsCorrect}/${t.nulls})`,
      strategy === 'context' ? `${t.flagged} (${t.flaggedWrong})` : '—',
    ]);
  }
  const ours = tallies.get('context')!;
  return {
    rows,
    metrics: [
      { key: `${key}.ambiguous.accuracy`, value: ratio(ours.sharedCorrect, ours.shared) },
      { key: `${key}.overall.accuracy`, value: ratio(ours.correct, ours.total) },
      { key: `${key}.nolink.accuracy`, value: ratio(ours.nullsCorrect, ours.nulls) },
      { key: `${key}.flagged`, value: ours.flagged },
    ],
    note: `${articles.length} articles, ${entries} registry entries; ${ours.total} gold mentions, ${ours.shared} of them written as a name several entries share, ${ours.nulls} that must stay unlinked.`,
  };
}

/**
 * Every gold mention of a set's articles checked against the whole pipeline, per strategy:
 * what evaluateSet reports, and what `npm run tune:linking` maximises on the read sets.
 */
export function tallySet(
  dir: string,
  strategies: readonly LinkStrategy[],
  verbose?: (line: string) => void,
): { articles: string[]; entries: number; tallies: Map<LinkStrategy, Tally> } {
  const registry = linkingRegistry(dir);
  const tallies = new Map<LinkStrategy, Tally>(
    strategies.map((strategy) => [strategy, { total: 0, correct: 0, shared: 0, sharedCorrect: 0, nulls: 0, nullsCorrect: 0, flagged: 0, flaggedWrong: 0 }]),
  );
  const articles = fs
    .readdirSync(path.join(dir, 'articles'))
    .filter((f) => f.endsWith('.news'))
    .sort();
  for (const file of articles) {
    const text = fs.readFileSync(path.join(dir, 'articles', file), 'utf8');
    const goldFile = path.join(dir, 'gold', file.replace(/\.news$/, '.json'));
    if (!fs.existsSync(goldFile)) continue;
    const gold = (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { mentions: GoldMention[] }).mentions;
    for (const strategy of strategies) {
      // The whole pipeline, as the editor and the CLI run it (dates, dateline place, front matter, linking).
      const found = analyzeArticle(text, { registry, linkStrategy: strategy }).entities;
      const t = tallies.get(strategy)!;
      for (const g of gold) {
        const m = bestOverlap(found, g);
        const predicted = m?.registered ? m.entityId : null;
        const ok = predicted === g.entityId;
        const isShared = (registry.claims.get(linkFormOf(g.text).toLowerCase())?.length ?? 0) > 1;
        t.total++;
        if (ok) t.correct++;
        if (isShared) {
          t.shared++;
          if (ok) t.sharedCorrect++;
        }
        if (g.entityId === null) {
          t.nulls++;
          if (ok) t.nullsCorrect++;
        }
        if (m?.ambiguous) {
          t.flagged++;
          if (!ok) t.flaggedWrong++;
        }
        if (!ok && verbose && strategy === 'context') {
          verbose(
            `${path.basename(dir)}/${file} ${g.start} "${g.text}" gold=${g.entityId} got=${predicted}${m && m.text !== g.text ? ` (span "${m.text}")` : ''}${m?.linkReason ? ` — ${m.linkReason}` : ''}${m?.candidates ? ` [${m.candidates.map((c) => `${c.entityId}:${c.score}`).join(' ')}]` : ''}`,
          );
        }
      }
    }
  }
  return { articles, entries: registry.entries.length, tallies };
}

/** The system mention overlapping a gold span the most, if any. */
function bestOverlap(found: readonly EntityMention[], g: TextSpan): EntityMention | undefined {
  let best: EntityMention | undefined;
  let most = 0;
  for (const m of found) {
    const overlap = Math.min(m.end, g.end) - Math.max(m.start, g.start);
    if (overlap > most) [best, most] = [m, overlap];
  }
  return best;
}

if (require.main === module) {
  const verbose = process.env.NEWS_LENS_VERBOSE ? (line: string) => console.log(line) : undefined;
  void evaluate(undefined, verbose).then((result) => {
    for (const r of result.table) console.log(`| ${r.join(' | ')} |`);
    for (const note of result.notes ?? []) console.log(note);
  });
}
