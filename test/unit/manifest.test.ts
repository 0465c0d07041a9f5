/**
 * The manifest (package.json) and the server must agree: the semantic token legend,
 * the token scopes that make themes colour them, and every setting with its default.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/legend';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { REPO_ROOT } from '../support/paths';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

/** Flattens nested settings into dotted keys: { trace: { server } } → "trace.server". */
function flatten(value: object, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = v;
  }
  return out;
}

describe('manifest and server agree', () => {
  it('declares exactly the server legend token types, each with a superType', () => {
    const declared = contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
    assert.deepEqual([...declared].sort(), [...TOKEN_TYPES].sort());
    for (const t of contributes.semanticTokenTypes) assert.ok(t.superType, `${t.id} has a superType`);
  });

  it('declares exactly the server legend modifiers', () => {
    assert.deepEqual(contributes.semanticTokenModifiers.map((m: { id: string }) => m.id).sort(), [...TOKEN_MODIFIERS].sort());
  });

  it('maps every token type to a distinct TextMate scope for the news language', () => {
    const scopes = contributes.semanticTokenScopes.find((s: { language: string }) => s.language === 'news').scopes;
    const firstScopes = TOKEN_TYPES.map((t) => scopes[t]?.[0]);
    assert.ok(firstScopes.every(Boolean), 'every type has a scope');
    const roots = firstScopes.map((s: string) => s.split('.').slice(0, 3).join('.'));
    assert.equal(new Set(roots).size, roots.length, `scope families must differ so themes colour types apart: ${roots.join(', ')}`);
  });

  it('declares every setting of the Settings interface with the same default, and no others', () => {
    const properties = contributes.configuration.properties as Record<string, { default: unknown }>;
    const expected = flatten(DEFAULT_SETTINGS);
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(expected).map((k) => `newsLens.${k}`).sort());
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(properties[`newsLens.${key}`].default, value, key);
  });

  it('restricts, in an untrusted workspace, every setting that names files to read or lifts a size cap', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.ok(typeof trust.description === 'string' && trust.description.includes('entities.yaml'), 'the description says what still works');
    const restricted: string[] = trust.restrictedConfigurations;
    for (const key of ['newsLens.registries', 'newsLens.maxRegistrySize', 'newsLens.maxFileSize', 'newsLens.maxWorkspaceFiles']) assert.ok(restricted.includes(key), `${key} is restricted`);
    for (const key of restricted) assert.ok(key in contributes.configuration.properties, `${key} is a declared setting`);
  });

  it('gives every command the News Lens category', () => {
    for (const command of contributes.commands) {
      assert.equal(command.category, 'News Lens', command.command);
      assert.match(command.command, /^newsLens\./);
    }
  });

  it('supports a VS Code no newer than the one the tests run in and pins matching types', () => {
    assert.equal(manifest.engines.vscode, '^1.91.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.91.0');
  });
});
