// ESLint rules that keep the analysis core pure and its surface explicit (issue 14).
// Built from Node's own list of built-in modules, so a new one (node:worker_threads,
// node:test, …) can never slip into the core the way a hand-written list let it.
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const CORE = fileURLToPath(new URL('../../server/src/analysis', import.meta.url));
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
// The core's entry points. The index is the surface; the article detector is a second, tiny one
// because the client bundles it alone (through the index the client grows from 454 KB to 645 KB).
const ENTRY_POINTS = new Set([CORE, path.join(CORE, 'index'), path.join(CORE, 'articleDetection')]);
const HOST_PACKAGES = /^(vscode|vscode-[\w-]+|vscode-languageserver[\w-/]*|vscode-languageclient[\w-/]*)$/;

/** Every static import, re-export and `require`/`import()` with a literal specifier in a file. */
function eachSpecifier(context, report) {
  const check = (node, source) => {
    if (source && typeof source.value === 'string') report(node, source.value);
  };
  return {
    ImportDeclaration: (node) => check(node, node.source),
    ExportAllDeclaration: (node) => check(node, node.source),
    ExportNamedDeclaration: (node) => check(node, node.source),
    ImportExpression: (node) => check(node, node.source),
    TSImportEqualsDeclaration: (node) => check(node, node.moduleReference?.expression),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
    },
  };
}

const inside = (file, dir) => file === dir || file.startsWith(dir + path.sep);

/** The core imports nothing from Node, the editor, the protocol or the server around it; type imports included. */
const pureCore = {
  meta: { type: 'problem', schema: [], docs: { description: 'The analysis core stays pure.' } },
  create(context) {
    const file = context.filename;
    return eachSpecifier(context, (node, spec) => {
      const bare = spec.split('/')[0];
      if (BUILTINS.has(spec) || BUILTINS.has(bare)) {
        context.report({
          node,
          message: `The analysis core must not import the Node built-in '${spec}': it runs in the server, the CLI, workers and evaluations alike, and must not touch files, processes or the network.`,
        });
      } else if (HOST_PACKAGES.test(spec)) {
        context.report({ node, message: `The analysis core must not depend on VS Code or the LSP ('${spec}').` });
      } else if (spec.startsWith('.') && !inside(path.resolve(path.dirname(file), spec), CORE)) {
        context.report({
          node,
          message: `The analysis core must not import '${spec}' from outside server/src/analysis: the server depends on the core, never the other way round.`,
        });
      }
    });
  },
};

/** Product code outside the core reaches it through its index, so the core's surface is one file to read. */
const coreThroughIndex = {
  meta: { type: 'problem', schema: [], docs: { description: 'Import the analysis core through its index.' } },
  create(context) {
    const file = context.filename;
    if (inside(file, CORE)) return {};
    return eachSpecifier(context, (node, spec) => {
      if (!spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      if (inside(target, CORE) && !ENTRY_POINTS.has(target)) {
        context.report({
          node,
          message: `Import the analysis core through its index ('${path.relative(path.dirname(file), CORE) || '.'}'), not '${spec}': export what you need from server/src/analysis/index.ts.`,
        });
      }
    });
  },
};

/** The plugin registered in eslint.config.mjs. */
export default { rules: { 'pure-core': pureCore, 'core-through-index': coreThroughIndex } };
