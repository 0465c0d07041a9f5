/**
 * The Problems panel: a registry and an article with names it does not know, written for the tests. The stdio
 * suite (test/lsp/problems.test.ts) and the in-memory one (test/unit/service/problems.test.ts)
 * read the same texts, so the two cannot drift apart.
 */

/** The registry of the problems tests. */
export const REGISTRY = `# Written for the News Lens Problems-panel tests
entities:
  - id: denver
    name: Denver
    type: place
  - id: cardiff
    name: Cardiff
    type: place
`;

/** The article of the problems tests. */
export const ARTICLE = `Battery maker to supply council fleet

The Cardiff-bred engineer Priya Okonkwo said on Tuesday that her firm would open an office in DENVER and supply every EV in the council's fleet.

Western officials welcomed the deal. "It is a good day," Okonkwo said.

Okonkwo added that the chargers would be built in Cardiff.
`;
