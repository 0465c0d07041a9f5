/**
 * Registry loading (issue 10): a team registry with shared names and one broken entry, written for the tests. The stdio
 * suite (test/lsp/registryLoading.test.ts) and the in-memory one (test/unit/service/registryLoading.test.ts)
 * read the same texts, so the two cannot drift apart.
 */

/** Invented for this test: a shared alias ("Pompey"), a shared name ("Daniel Price") and one entry with an unknown type. */
export const REGISTRY = `# A newsroom registry written for the loading tests
entities:
  - id: portsmouth-city
    name: Portsmouth City Council
    type: organization
    aliases: [Pompey]
    description: Local authority of the city of Portsmouth
  - id: harbour-fc
    name: Harbour Football Club
    type: organization
    aliases: [Pompey, The Blues]
    description: Professional football club based at Fratton Lane
  - id: broken-entry
    name: Fratton Lane
    type: stadium
  - id: daniel-price-council
    name: Daniel Price
    type: person
    description: Leader of the city council
  - id: daniel-price-pianist
    name: Daniel Price
    type: person
    description: Concert pianist
  - id: wendy-okafor
    name: Wendy Okafor
    type: person
    aliases: [Okafor]
    description: Chief executive of the harbour trust
`;
