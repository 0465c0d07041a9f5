/**
 * The output check that guards every speed-up: the analysis of a fixed corpus must
 * stay identical. `save FILE` writes every analysis (JSON, one text a line) to FILE;
 * `compare FILE` analyses again and exits 1 listing every text whose analysis changed.
 * Save with the code before a change, compare after it.
 *
 * The corpus: the project's samples and test fixtures, 200 generated articles, the seed
 * articles and the 1,008 PolNeAR articles (both read from ../shared at run time, or
 * $NEWS_LENS_SHARED; said when absent), each analysed with the empty registry, with the
 * samples' registry, and with the linking fixture's registry (shared names). FILE holds
 * text from the corpora, so keep it outside the repository (a temporary folder).
 *
 * Both commands also check the editor's path on every text: analysed with a memo that
 * holds the analysis of the text with one letter typed in its middle (what a keystroke
 * leaves behind), the result must equal the plain analysis.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { AnalysisMemo, analyzeArticle, buildRegistry, parseRegistry, EMPTY_REGISTRY, type Registry } from '../server/src/analysis';
import { generateArticle } from './generate';
import { polnearPaths } from './polnear';
import { REPO_ROOT, seedTexts } from './texts';

/** One text of the check corpus. */
interface CheckText {
  name: string;
  text: string;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : /\.(news|article|txt)$/.test(name) ? [path] : [];
    });
}

/** The corpus, and notes on what was absent. */
export function checkCorpus(): { texts: CheckText[]; notes: string[] } {
  const notes: string[] = [];
  const texts: CheckText[] = [];
  for (const path of [...filesUnder(join(REPO_ROOT, 'samples')), ...filesUnder(join(REPO_ROOT, 'test', 'fixtures'))])
    texts.push({ name: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8') });
  for (let seed = 1; seed <= 200; seed++) texts.push({ name: `generated ${seed}`, text: generateArticle(7000 + seed, 200 + ((seed * 97) % 1800)) });
  const seeds = seedTexts();
  if (seeds.note) notes.push(seeds.note);
  for (const s of seeds.texts) texts.push({ name: s.name, text: s.text });
  const polnear = polnearPaths();
  if (polnear.note) notes.push(polnear.note);
  for (const path of polnear.paths) texts.push({ name: `polnear ${relative(join(path, '..', '..', '..'), path)}`, text: readFileSync(path, 'utf8') });
  return { texts, notes };
}

function registries(): [string, Registry][] {
  const load = (path: string) => buildRegistry([parseRegistry(readFileSync(path, 'utf8'), path)]);
  return [
    ['empty', EMPTY_REGISTRY],
    ['samples', load(join(REPO_ROOT, 'samples', 'entities.yaml'))],
    ['linking', load(join(REPO_ROOT, 'test', 'fixtures', 'linking', 'entities.yaml'))],
  ];
}

function analyses(): { lines: string[]; notes: string[]; memoDiffers: string[] } {
  const { texts, notes } = checkCorpus();
  const lines: string[] = [];
  const memoDiffers: string[] = [];
  for (const [registryName, registry] of registries()) {
    for (const t of texts) {
      const plain = JSON.stringify({ name: `${t.name} [${registryName}]`, analysis: analyzeArticle(t.text, { registry }) });
      lines.push(plain);
      if (registryName !== 'empty') continue;
      const memo = new AnalysisMemo();
      const middle = t.text.length >> 1;
      analyzeArticle(`${t.text.slice(0, middle)}x${t.text.slice(middle)}`, { registry, memo });
      if (JSON.stringify({ name: `${t.name} [${registryName}]`, analysis: analyzeArticle(t.text, { registry, memo }) }) !== plain) memoDiffers.push(t.name);
    }
  }
  return { lines, notes, memoDiffers };
}

function main(): void {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'save' && command !== 'compare') || !file) {
    process.stderr.write('usage: node out/bench/outputCheck.js save|compare FILE\n');
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const { lines, notes, memoDiffers } = analyses();
  for (const note of notes) process.stderr.write(`output check: ${note}\n`);
  if (memoDiffers.length > 0) {
    process.stdout.write(
      `output check: after a keystroke, the memo path differs from a fresh analysis on ${memoDiffers.length} texts:\n${memoDiffers
        .slice(0, 50)
        .map((n) => `  ${n}\n`)
        .join('')}`,
    );
    process.exitCode = 1;
  } else process.stdout.write(`output check: the memo path (after a keystroke) equals a fresh analysis on every text\n`);
  const digest = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
  if (command === 'save') {
    writeFileSync(file, lines.join('\n') + '\n');
    process.stdout.write(`output check: ${lines.length} analyses saved to ${file} (digest ${digest}, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    return;
  }
  const before = readFileSync(file, 'utf8').trimEnd().split('\n');
  const changed: string[] = [];
  const max = Math.max(before.length, lines.length);
  for (let i = 0; i < max; i++) if (before[i] !== lines[i]) changed.push((JSON.parse(lines[i] ?? before[i]) as { name: string }).name);
  if (changed.length === 0) {
    process.stdout.write(`output check: all ${lines.length} analyses identical (digest ${digest}, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    return;
  }
  process.stdout.write(
    `output check: ${changed.length} of ${max} analyses CHANGED:\n${changed
      .slice(0, 50)
      .map((n) => `  ${n}\n`)
      .join('')}`,
  );
  process.exitCode = 1;
}

if (require.main === module) main();
