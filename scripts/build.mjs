// Bundles the extension client, the language server and the CLI with esbuild.
// `tsc -b` type-checks first (see package.json "build"); this step only bundles.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const production = process.argv.includes('--production');

/**
 * The name tagger's data (model, word clusters, embeddings: 4.7 MB) is one copy in dist/ner/,
 * which every bundle requires at run time: bundled, it was copied into the server, the CLI and
 * both analysing workers, and the .vsix grew by four copies.
 */
const NER_DATA = ['model.json', 'clusters.json', 'embeddings.json'];
mkdirSync('dist/ner', { recursive: true });
for (const name of NER_DATA) copyFileSync(`server/src/analysis/ner/${name}`, `dist/ner/${name}`);
const nerDataOnce = {
  name: 'ner-data-once',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      const name = basename(path);
      return NER_DATA.includes(name) && basename(dirname(path)) === 'ner' ? { path: `./ner/${name}`, external: true } : undefined;
    });
  },
};

/** Shared options: Node 20, CommonJS, one file per entry point, source maps for stack traces. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [nerDataOnce],
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  // The workspace index analyses files in this worker thread, so the server thread stays responsive.
  esbuild.build({ ...common, entryPoints: ['server/src/workspace/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  // Large registries are parsed in this worker (with its own heap limit), never in the server thread.
  esbuild.build({ ...common, entryPoints: ['server/src/workers/registryParseWorker.ts'], outfile: 'dist/registryParseWorker.js' }),
  // `news-lens analyze --jobs N` analyses articles in these worker threads.
  esbuild.build({ ...common, entryPoints: ['server/src/cli/analyzeWorker.ts'], outfile: 'dist/analyzeWorker.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
