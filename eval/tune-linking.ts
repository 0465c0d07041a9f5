/**
 * Searches the shared-name linker's weights (`npm run tune:linking`): the signal weights of
 * disambiguate/score.ts (WEIGHTS) and the decision numbers of disambiguate/decide.ts
 * (DECISION), one at a time, each tried at a few multiples of its value, keeping a change
 * only when it links at least one more mention right on the sets whose mistakes have been
 * read. The blind sets are never run here, so they still say how the linker does on text
 * nobody tuned it on. Prints the values to write back into the source; changes no file.
 *
 * Usage: node out/eval/tune-linking.js [--passes N]
 */
import { DECISION } from '../server/src/analysis/entities/disambiguate/decide';
import { WEIGHTS } from '../server/src/analysis/entities/disambiguate/score';
import { SETS, tallySet } from './linking';

/** The tunable numbers, by name, read and written in place (the analysis reads them on every call). */
const TABLES: Record<string, Record<string, number>> = {
  WEIGHTS: WEIGHTS as unknown as Record<string, number>,
  DECISION: DECISION as Record<string, number>,
};

/** What the search maximises: mentions linked right on the read sets, those of shared names counted twice. */
function objective(): { ambiguous: number; overall: number; score: number } {
  let ambiguous = 0;
  let overall = 0;
  for (const set of SETS) {
    if (!set.read) continue;
    const t = tallySet(set.dir, ['context']).tallies.get('context')!;
    ambiguous += t.sharedCorrect;
    overall += t.correct;
  }
  return { ambiguous, overall, score: ambiguous + overall };
}

/** The values tried for one number: multiples of a weight, steps of the (negative) no-link threshold. */
function tries(table: string, key: string, value: number): number[] {
  if (table === 'DECISION' && key === 'noLink') return [value - 1, value - 0.5, value + 0.5, value + 1];
  if (value === 0) return [0.25, 0.5, 1];
  return [0, 0.5, 0.75, 1.25, 1.5, 2].map((f) => value * f);
}

function main(): void {
  const at = process.argv.indexOf('--passes');
  const passes = at >= 0 ? Number(process.argv[at + 1]) : 2;
  let best = objective();
  console.log(`tune-linking: start, ${best.ambiguous} shared-name and ${best.overall} mentions right on the read sets`);
  for (let pass = 1; pass <= passes; pass++) {
    for (const [table, values] of Object.entries(TABLES)) {
      for (const key of Object.keys(values)) {
        const kept = values[key];
        let chosen = kept;
        for (const value of tries(table, key, kept)) {
          values[key] = value;
          const found = objective();
          // At least one more mention right (a shared-name mention counts twice, so 2).
          if (found.score >= best.score + 2) {
            best = found;
            chosen = value;
            console.log(`pass ${pass}: ${table}.${key} ${kept} -> ${value}: ${found.ambiguous} / ${found.overall}`);
          }
        }
        values[key] = chosen;
      }
    }
  }
  console.log(`tune-linking: end, ${best.ambiguous} shared-name and ${best.overall} mentions right on the read sets`);
  for (const [table, values] of Object.entries(TABLES)) console.log(`${table} = ${JSON.stringify(values)}`);
}

main();
