/**
 * A small invented newsroom for the workspace tests: a registry and articles that
 * share people and an organization, written into a fresh temporary folder. Every
 * name, date and sentence here was made up for the tests; nothing is copied from
 * the seeds or corpora. Tests derive expected positions and counts from these
 * texts, so changing a sentence changes the expectations with it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Four entries: a person with a surname alias and a role, an organization with an
 * acronym, an agreement with an alias that is not a subsequence of its name (so a
 * search can only find it through the alias), and a person no article names.
 */
export const WORKSPACE_REGISTRY = `# Registry written for the News Lens workspace tests
entities:
  - id: maria-lindqvist
    name: Maria Lindqvist
    type: person
    aliases: [Lindqvist]
    description: Mayor of Harbourton since 2018
    roles: [Mayor of Harbourton]
  - id: nordic-transit-authority
    name: Nordic Transit Authority
    type: organization
    aliases: [NTA]
    description: Regional public transport operator
  - id: baltic-rail-accord
    name: Baltic Rail Accord
    type: law
    aliases: [Rail Accord, Tallinn Treaty]
  - id: erik-sundin
    name: Erik Sundin
    type: person
    roles: [Harbour master]
`;

/** The unregistered engineer of article A, as an entry under an id unlike his name's slug (the registry-edit and view tests add it). */
export const ENGINEER_ENTRY = `  - id: ekberg-engineer
    name: Tomas Ekberg
    type: person
    aliases: [Ekberg]
    description: Civil engineer who drafted the first tram route
`;

/** The workspace registry with the engineer added. */
export const WITH_ENGINEER = WORKSPACE_REGISTRY + ENGINEER_ENTRY;

/**
 * Article A: published Monday 2021-06-14; names the mayor twice, defines the NTA
 * acronym, names the unregistered engineer Tomas Ekberg in full and then by surname,
 * and has a relative date ("Monday") and a date with a year ("March 3, 2021").
 */
export const ARTICLE_A = `Harbourton council approves new tram line
Source: Harbour Daily| 2021-06-14 09:30:00|Editor: Test Desk

HARBOURTON, June 14 (Harbour Daily) -- Mayor Maria Lindqvist said on Monday that the Nordic Transit Authority (NTA) would begin building the tram line next month.

"This line will connect every district," Lindqvist told reporters. The NTA board first discussed the plan on March 3, 2021, after a long debate.

Local engineer Tomas Ekberg, who drafted the first route, said the work could start early next month. Ekberg added that the Baltic Rail Accord allows shared funding.
`;

/** Article B: two days later; the mayor and the NTA again, and the engineer by surname only. */
export const ARTICLE_B = `Tram budget questioned after council vote
Source: Harbour Daily| 2021-06-16 11:00:00|Editor: Test Desk

HARBOURTON, June 16 (Harbour Daily) -- Critics on Wednesday asked the Nordic Transit Authority to publish the full cost of the tram line backed by Maria Lindqvist.

"We need to see the numbers," said Ekberg, whose report first raised the question. The NTA said it would answer within a week.
`;

/** A `.txt` that looks like an article (it has a dateline), so the index reads it. */
export const ARTICLE_TXT = `Ferry service to resume next week
OSLO, June 20 (Harbour Daily) -- The Nordic Transit Authority said on Sunday that ferries would run again from Tuesday. Maria Lindqvist welcomed the decision, harbour master Sven Dahlgren said.
`;

/** A `.txt` that is not an article: its one proper name must not reach the index. */
export const PLAIN_TXT = `Things to do this weekend
- buy milk and bread
- call Gunnar Holmstrom about the boat
- return the library books
`;

/** The files of the workspace, by role, with their names on disk. */
export const WORKSPACE_FILES = {
  registry: { name: 'entities.yaml', text: WORKSPACE_REGISTRY },
  a: { name: 'tram-vote.news', text: ARTICLE_A },
  b: { name: 'tram-budget.news', text: ARTICLE_B },
  txtArticle: { name: 'ferry-service.txt', text: ARTICLE_TXT },
  plainTxt: { name: 'todo.txt', text: PLAIN_TXT },
} as const;

/** A role of {@link WORKSPACE_FILES}. */
export type WorkspaceFile = keyof typeof WORKSPACE_FILES;

/** A written workspace: its folder, and each file's path, URI and text. */
export interface NewsWorkspace {
  folder: string;
  path: (file: WorkspaceFile) => string;
  uri: (file: WorkspaceFile) => string;
  text: (file: WorkspaceFile) => string;
  /** The `file:` URI of any path inside the folder (for files a test creates). */
  uriOf: (name: string) => string;
}

/** Writes the registry and the four text files into a new temporary folder. */
export function createNewsWorkspace(): NewsWorkspace {
  const folder = mkdtempSync(join(tmpdir(), 'news-lens-workspace-'));
  for (const file of Object.values(WORKSPACE_FILES)) writeFileSync(join(folder, file.name), file.text);
  const path = (file: WorkspaceFile) => join(folder, WORKSPACE_FILES[file].name);
  return {
    folder,
    path,
    uri: (file) => pathToFileURL(path(file)).toString(),
    text: (file) => WORKSPACE_FILES[file].text,
    uriOf: (name) => pathToFileURL(join(folder, name)).toString(),
  };
}
