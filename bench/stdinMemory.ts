/**
 * Runs only the `--stdin` memory figure of section R (the same stream and the same
 * VmHWM readings as `npm run bench`), so a change aimed at it can be measured in a
 * minute instead of a full real-text bench. Usage: node out/bench/stdinMemory.js [lines] [checkpoint].
 */
import { polnearPaths, readArticles } from './polnear';
import { stdinMemory } from './realText';

async function main(): Promise<void> {
  const lines = Number(process.argv[2] ?? 20_000);
  const checkpoint = Number(process.argv[3] ?? 2_000);
  const { paths, note } = polnearPaths();
  if (paths.length === 0) throw new Error(note ?? 'no PolNeAR articles');
  const figures = await stdinMemory(readArticles(paths), lines, checkpoint);
  const at = figures.atCheckpoint?.peakRssMiB ?? NaN;
  const end = figures.atEnd?.peakRssMiB ?? NaN;
  process.stdout.write(`${JSON.stringify({ ...figures, peakAtCheckpointMiB: at, peakAtEndMiB: end, ratio: end / at })}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
