/**
 * Settings per folder and what each change redoes (issue 14): every setting has a class
 * (nothing, refresh, re-analyse, reload), a change does the largest class among the settings
 * that changed, per folder, and `newsLens.registries` globs expand with picomatch.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, SETTING_EFFECTS, effectOfChange, toSettings, type Settings } from '../../server/src/settings';
import { FolderSettings } from '../../server/src/folderSettings';
import { expandRegistryPattern } from '../../server/src/files/registryGlobs';
import { RegistryStore } from '../../server/src/registryStore';

const CHANGED: { [K in keyof Settings]: Settings[K] } = {
  registries: ['shared.yaml'],
  maxFileSize: 5_000,
  maxRegistrySize: 5_000,
  maxWorkspaceFiles: 7,
  detectTxtArticles: false,
  articleGlobs: ['notes/*.txt'],
  inlayHints: { enabled: false },
  diagnostics: { unregisteredNames: 'warning' },
  trace: { server: 'verbose' },
};

describe('settings effects', () => {
  it('every setting has a class', () => {
    assert.deepEqual(Object.keys(SETTING_EFFECTS).sort(), Object.keys(DEFAULT_SETTINGS).sort());
  });

  const expected: Record<keyof Settings, string> = {
    registries: 'reload',
    maxRegistrySize: 'reload',
    maxWorkspaceFiles: 'reload',
    maxFileSize: 'reload',
    articleGlobs: 'reload',
    diagnostics: 'reanalyse',
    inlayHints: 'refresh',
    detectTxtArticles: 'nothing',
    trace: 'nothing',
  };
  for (const key of Object.keys(CHANGED) as (keyof Settings)[]) {
    it(`a change of ${key} needs ${expected[key]}`, () => {
      assert.equal(effectOfChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, [key]: CHANGED[key] }), expected[key]);
    });
  }

  it('no change needs nothing; several changes need the largest of their classes', () => {
    assert.equal(effectOfChange(DEFAULT_SETTINGS, toSettings({})), 'nothing');
    assert.equal(
      effectOfChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, inlayHints: { enabled: false }, diagnostics: { unregisteredNames: 'off' } }),
      'reanalyse',
    );
    assert.equal(effectOfChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, inlayHints: { enabled: false }, registries: ['x.yaml'] }), 'reload');
  });
});

describe('settings per workspace folder', () => {
  const folders = ['/ws/a', '/ws/ab'];
  const a = { ...DEFAULT_SETTINGS, registries: ['a.yaml'] };
  const ab = { ...DEFAULT_SETTINGS, inlayHints: { enabled: false } };

  it("a path gets its folder's settings (the deepest folder, /ws/a never claims /ws/ab), else the window's", () => {
    const settings = new FolderSettings();
    settings.replace(
      folders,
      DEFAULT_SETTINGS,
      new Map([
        ['/ws/a', a],
        ['/ws/ab', ab],
      ]),
    );
    assert.deepEqual(settings.for('/ws/a/x.news').registries, ['a.yaml']);
    assert.equal(settings.for('/ws/ab/x.news').inlayHints.enabled, false);
    assert.deepEqual(settings.for('/ws/ab/x.news').registries, []);
    assert.equal(settings.for('/elsewhere/x.news'), DEFAULT_SETTINGS);
  });

  it("a change in one folder only has that folder's class", () => {
    const settings = new FolderSettings();
    assert.equal(settings.replace(folders, DEFAULT_SETTINGS, new Map([['/ws/ab', ab]])), 'refresh');
    assert.equal(settings.replace(folders, DEFAULT_SETTINGS, new Map([['/ws/ab', ab]])), 'nothing');
    assert.equal(
      settings.replace(
        folders,
        DEFAULT_SETTINGS,
        new Map([
          ['/ws/ab', ab],
          ['/ws/a', a],
        ]),
      ),
      'reload',
    );
    // Back to the window's values for /ws/a: its registries change again.
    assert.equal(settings.replace(folders, DEFAULT_SETTINGS, new Map([['/ws/ab', ab]])), 'reload');
  });
});

describe('newsLens.registries globs', () => {
  const root = mkdtempSync(join(tmpdir(), 'news-lens-globs-'));
  mkdirSync(join(root, 'shared', 'deep'), { recursive: true });
  mkdirSync(join(root, 'other'), { recursive: true });
  const registry = (id: string, name: string) => `entities:\n  - id: ${id}\n    name: ${name}\n    type: person\n`;
  writeFileSync(join(root, 'shared', 'people.yaml'), registry('maria-lindqvist', 'Maria Lindqvist'));
  writeFileSync(join(root, 'shared', 'deep', 'more.yaml'), registry('erik-sundin', 'Erik Sundin'));
  writeFileSync(join(root, 'shared', 'notes.txt'), 'not a registry');
  writeFileSync(join(root, 'other', 'entities.yaml'), registry('ola-berg', 'Ola Berg'));

  it('a plain path is itself, found or not', () => {
    assert.deepEqual(expandRegistryPattern(join(root, 'missing.yaml')), [join(root, 'missing.yaml')]);
  });

  it('* stays in its folder, ** goes down, and only matching files are named', () => {
    assert.deepEqual(expandRegistryPattern(join(root, 'shared', '*.yaml')), [join(root, 'shared', 'people.yaml')]);
    assert.deepEqual(expandRegistryPattern(join(root, 'shared', '**', '*.yaml')), [
      join(root, 'shared', 'deep', 'more.yaml'),
      join(root, 'shared', 'people.yaml'),
    ]);
  });

  it("a folder's glob gives its registry the matching files; another folder is not affected", () => {
    const a = join(root, 'shared');
    const b = join(root, 'other');
    const store = new RegistryStore([a, b], (folder) => (folder === a ? ['**/*.yaml'] : []));
    const inA = store.registryFor(join(a, 'x.news'));
    assert.ok(inA.byId.has('maria-lindqvist') && inA.byId.has('erik-sundin'));
    const inB = store.registryFor(join(b, 'x.news'));
    assert.ok(inB.byId.has('ola-berg'));
    assert.ok(!inB.byId.has('maria-lindqvist'));
    assert.ok(store.isRegistryPath(join(a, 'deep', 'more.yaml')));
  });
});
