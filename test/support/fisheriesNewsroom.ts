/**
 * The invented fisheries newsroom of the Entities view and export tests: a registry
 * and two articles that share people and an organization, and the helpers that read
 * expectations from the texts themselves. Shared by the in-memory cases
 * (test/unit/service/entitiesView.test.ts) and the protocol checks over stdio
 * (test/lsp/entitiesView.test.ts), so both speak of the same articles. Every name and
 * sentence here was made up for these tests.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { EntitiesResult, EntityNode } from '../../server/src/protocol';
import { REPO_ROOT } from './paths';

export const REGISTRY = `# Invented for the Entities view test
entities:
  - id: ines-carvalho
    name: Ines Carvalho
    type: person
    aliases: [Carvalho]
    roles: [Fisheries Minister]
  - id: coastal-fisheries-board
    name: Coastal Fisheries Board
    type: organization
    aliases: [CFB]
  - id: porto-velho-bay
    name: Porto Velho Bay
    type: place
`;

/** Older article: the minister twice, the board, the bay, and the unregistered skipper twice. */
export const QUOTA = `Fishing quotas cut for the autumn season
Source: Bay Courier| 2022-09-05 08:15:00|Editor: Test Desk

LISBON, Sept. 5 (Bay Courier) -- Fisheries Minister Ines Carvalho said on Monday that the Coastal Fisheries Board would cut quotas in Porto Velho Bay by a fifth.

"The stocks need two quiet years," Carvalho told reporters. The board will review the cut in March.

Skipper Rui Tavares, who leads the harbour cooperative, said Tavares and his crew would lose a month of work.
`;

/** Newer article: the minister and the skipper twice each, the board once, a harbour master once. */
export const PROTEST = `Skippers protest quota cut in Lisbon
Source: Bay Courier| 2022-09-07 10:40:00|Editor: Test Desk

LISBON, Sept. 7 (Bay Courier) -- Dozens of boats blocked the harbour on Wednesday as Rui Tavares asked Ines Carvalho to meet the crews.

"We cannot wait until spring," Tavares said. Harbour master Joana Pires counted forty boats. The Coastal Fisheries Board said Carvalho would answer within a week.
`;

/** The files of the newsroom, by their names in the workspace folder. */
export const NEWSROOM_FILES = { 'entities.yaml': REGISTRY, 'quota.news': QUOTA, 'protest.news': PROTEST } as const;

/** The spec's order of entity types, in which the view groups them. */
export const TYPE_ORDER = ['person', 'organization', 'place', 'nationality', 'event', 'law', 'product', 'other'];

/** Checks a value against the shipped CLI output schema (schemas/cli-output.schema.json); errors in `validateCliOutput.errors`. */
export const validateCliOutput = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'cli-output.schema.json'), 'utf8')));

/** How often a word occurs in a text (whole words), so expectations follow the fixtures. */
export function occurrences(text: string, word: string): number {
  return text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;
}

/** The text an LSP range covers (single-line ranges, as names are). */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  assert.equal(range.start.line, range.end.line, 'a name mention stays on one line');
  return text.split('\n')[range.start.line].slice(range.start.character, range.end.character);
}

/** The node of `entityId` anywhere in the view's tree. */
export function entity(result: EntitiesResult, entityId: string): EntityNode | undefined {
  return result.groups.flatMap((g) => g.entities).find((e) => e.entityId === entityId);
}
