/**
 * Shared names (issue 10): two entries answer to "Kingsferry" and two to "Daniel Price", and the articles that name them, written for the tests. The stdio
 * suite (test/lsp/ambiguity.test.ts) and the in-memory one (test/unit/service/ambiguity.test.ts)
 * read the same texts, so the two cannot drift apart.
 */

/** Two entries answer to "Kingsferry" (the town, the club) and two to "Daniel Price". */
export const REGISTRY = `# Written for the News Lens ambiguity tests
entities:
  - id: kingsferry
    name: Kingsferry
    type: place
    description: Market town on the Wend estuary, with a ferry port and a weekly market
  - id: kingsferry-athletic
    name: Kingsferry Athletic
    type: organization
    aliases: [Kingsferry]
    description: Professional football club based in Kingsferry, playing at the Quayside Ground
    roles: [football club]
  - id: daniel-price-pianist
    name: Daniel Price
    type: person
    description: Concert pianist known for Schubert recitals
    roles: [pianist]
  - id: daniel-price-council
    name: Daniel Price
    type: person
    description: Leader of Kingsferry town council
    roles: [council leader]
`;

/** A name with no context at all: nothing tells one Daniel Price from the other. */
export const BARE = `Notes

Daniel Price spoke on Monday.
`;

/** Only the pianist: on disk, so the first index has an article to read. */
export const RECITAL = `Pianist brings Schubert to the harbour

The pianist Daniel Price played three Schubert sonatas in the harbour church on Friday.
`;
