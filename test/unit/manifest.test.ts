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

  it('maps every token type to a TextMate scope for the news language, in a calm palette', () => {
    const scopes = contributes.semanticTokenScopes.find((s: { language: string }) => s.language === 'news').scopes;
    const firstScopes: Record<string, string> = Object.fromEntries(TOKEN_TYPES.map((t) => [t, scopes[t]?.[0]]));
    assert.ok(Object.values(firstScopes).every(Boolean), 'every type has a scope');
    // Four hues carry the meaning: people, organizations, places, dates, each from a scope family themes colour apart.
    const hues = ['person', 'organization', 'place', 'date'].map((t) => firstScopes[t].split('.').slice(0, 3).join('.'));
    assert.equal(new Set(hues).size, 4, `the four meaning types need distinct scope families: ${hues.join(', ')}`);
    // The other name types and quotations are quiet: italic, no colour of their own.
    for (const t of ['nationality', 'event', 'law', 'product', 'other', 'quote'])
      assert.match(firstScopes[t], /^markup\.italic\./, `${t} is italic, not a hue`);
    // A scope that sets only the font style leaves the colour to the superType's default scope, so the quiet types
    // need a superType themes do not colour: \`label\` (entity.name.label, the editor's own text colour in the built-in themes).
    const superTypes = Object.fromEntries(contributes.semanticTokenTypes.map((t: { id: string; superType: string }) => [t.id, t.superType]));
    for (const t of ['nationality', 'event', 'law', 'product', 'other', 'quote']) assert.equal(superTypes[t], 'label', `${t} superType`);
    // No other type borrows a hue the four use, and none uses a scope the default themes colour blue like places.
    for (const t of TOKEN_TYPES.filter((x) => !['person', 'organization', 'place', 'date'].includes(x))) {
      assert.ok(
        !/^(?:keyword\.control|entity\.name\.(?:function|type)|variable|constant\.numeric|entity\.name\.tag|entity\.other\.attribute-name)/.test(
          firstScopes[t],
        ),
        `${t}: ${firstScopes[t]}`,
      );
    }
  });

  it('turns off the ambiguous and invisible Unicode boxes for articles, as VS Code does for plain text and Markdown', () => {
    const defaults = contributes.configurationDefaults['[news]'];
    assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
    assert.equal(defaults['editor.unicodeHighlight.invisibleCharacters'], false);
  });

  it('declares every setting of the Settings interface with the same default, and no others', () => {
    const properties = contributes.configuration.properties as Record<string, { default: unknown }>;
    const expected = flatten(DEFAULT_SETTINGS);
    assert.deepEqual(
      Object.keys(properties).sort(),
      Object.keys(expected)
        .map((k) => `newsLens.${k}`)
        .sort(),
    );
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(properties[`newsLens.${key}`].default, value, key);
  });

  it('restricts, in an untrusted workspace, every setting that names files to read or lifts a size cap', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.ok(typeof trust.description === 'string' && trust.description.includes('entities.yaml'), 'the description says what still works');
    const restricted: string[] = trust.restrictedConfigurations;
    for (const key of ['newsLens.registries', 'newsLens.maxRegistrySize', 'newsLens.maxFileSize', 'newsLens.maxWorkspaceFiles'])
      assert.ok(restricted.includes(key), `${key} is restricted`);
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
