/**
 * Generated workspaces for the workspace-scale benchmark: N articles from the
 * benchmark's generator in a temporary folder, plus an `entities.yaml` registering
 * about twenty names the generator uses in many articles (its invented countries,
 * cities and wire services), so hovers and references have registered targets that
 * are mentioned across the workspace. Every folder made here is removed by `dispose`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from './generate';
import { msSince } from './stats';
import { AGENCIES, CITIES, COUNTRIES } from './wordLists';

/** One registered name of the fixture's registry. */
export interface FixtureEntity {
  id: string;
  name: string;
  type: 'person' | 'place' | 'organization';
  aliases: string[];
}

/** A generated workspace on disk. */
export interface WorkspaceFixture {
  dir: string;
  files: string[];
  registryPath: string;
  entities: FixtureEntity[];
  /** How long writing the articles took, in ms (reported so a slow disk is visible). */
  generateMs: number;
  /** Removes the folder and everything in it. */
  dispose(): void;
}

/**
 * The registered names: every country (1 article in 8 names each, with its demonym as
 * an alias), the first ten cities (each in about 1 article in 7) and two wire services.
 */
export function fixtureEntities(): FixtureEntity[] {
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return [
    ...COUNTRIES.map((c): FixtureEntity => ({ id: slug(c.name), name: c.name, type: 'place', aliases: [] })),
    ...CITIES.slice(0, 10).map((name): FixtureEntity => ({ id: slug(name), name, type: 'place', aliases: [] })),
    ...AGENCIES.slice(0, 2).map((name): FixtureEntity => ({ id: slug(name), name, type: 'organization', aliases: [] })),
  ];
}

/** The registry file's YAML for `entities` (the format of spec §3). */
export function registryYaml(entities: readonly FixtureEntity[]): string {
  const lines = ['entities:'];
  for (const e of entities) {
    lines.push(`  - id: ${e.id}`, `    name: ${JSON.stringify(e.name)}`, `    type: ${e.type}`);
    if (e.aliases.length > 0) lines.push(`    aliases: [${e.aliases.map((a) => JSON.stringify(a)).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

/** Writes `count` articles and the registry into a new temporary folder. */
export function createWorkspace(count: number, seed: number): WorkspaceFixture {
  const dir = mkdtempSync(join(tmpdir(), `news-lens-bench-ws${count}-`));
  try {
    const started = process.hrtime.bigint();
    const files = generateWorkspace(join(dir, 'articles'), count, seed);
    const generateMs = msSince(started);
    const entities = fixtureEntities();
    const registryPath = join(dir, 'entities.yaml');
    writeFileSync(registryPath, registryYaml(entities));
    return { dir, files, registryPath, entities, generateMs, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
