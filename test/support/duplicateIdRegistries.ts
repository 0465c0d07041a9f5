/**
 * Two registry files that define one id twice (a person in the first, an organization in
 * the second), invented for the tests of duplicate ids across merged files: the core's
 * merge, `news-lens check` of several files, and the editor's diagnostics share them.
 */

/** The first file: `anita-szabo`, a person. */
export const FIRST_REGISTRY = `entities:
  - id: anita-szabo
    name: Anita Szabo
    type: person
`;

/** The second file: another entry, then `anita-szabo` again, as an organization. */
export const SECOND_REGISTRY = `entities:
  - id: okoro-group
    name: Okoro Group
    type: organization
  - id: anita-szabo
    name: Anita Szabo-Other
    type: organization
`;
