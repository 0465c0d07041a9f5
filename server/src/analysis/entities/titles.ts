/**
 * Titles and roles written before a name ("Chief Cabinet Secretary Yoshihide Suga",
 * "Prime Minister Shinzo Abe"). They are not part of the person's span; they are
 * kept as the mention's role for the hover (issue: types and roles).
 */

const TITLE_WORDS = new Set(
  [
    'President', 'Vice', 'Prime', 'Minister', 'Ministers', 'Secretary', 'Chief', 'Cabinet', 'Deputy', 'Foreign', 'Defense', 'Defence',
    'Finance', 'Trade', 'Interior', 'Transport', 'Health', 'Economy', 'Justice', 'Education', 'Labour', 'Labor', 'Home', 'State',
    'General', 'Attorney', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Governor', 'Gov.', 'Mayor', 'Chancellor', 'King', 'Queen',
    'Prince', 'Princess', 'Emperor', 'Empress', 'Pope', 'Judge', 'Justice', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Director',
    'Commissioner', 'Ambassador', 'Speaker', 'Leader', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Lord', 'Lady',
    'Gen.', 'Col.', 'Lt.', 'Capt.', 'Adm.', 'Sgt.', 'Colonel', 'Captain', 'Admiral', 'Sergeant', 'Lieutenant', 'Councillor',
    'Councilor', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chief Executive', 'Executive', 'Coach', 'Bishop', 'Archbishop',
    'Inspector', 'Superintendent', 'Infrastructure', 'Agriculture', 'Environment', 'Energy', 'Culture', 'Industry', 'Communications',
    'Housing', 'Immigration', 'Security', 'Tourism', 'Fisheries', 'Development', 'Treasury', 'Assistant', 'Under', 'Opposition',
    'Councilwoman', 'Councilman', 'Cllr', 'Minority', 'Majority', 'Whip', 'Envoy', 'Special', 'Minister-President', 'Foreign Minister', 'Detective', 'Officer', 'Premier', 'Curator', 'Economist', 'Analyst', 'Manager', 'Skipper', 'Founder', 'Co-founder', 'Cofounder', 'Treasurer', 'Sheikh', 'Crown', 'Mayor-elect', 'President-elect',
  ].flatMap((w) => w.split(' ')),
);

/** True when a capitalized word is a title word rather than part of a personal name. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word);
}

/**
 * Title words that name a person's role on their own ("Executive", "Minister", "Founder"), as
 * opposed to those that only qualify one ("Chief", "Foreign", "General", "Health"): a run of
 * titles ending in one of these, before capitalised words, is a role before a person's name.
 */
const PERSON_ROLES = new Set([
  'President', 'Minister', 'Secretary', 'Executive', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Governor', 'Mayor',
  'Senator', 'Ambassador', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Coach', 'Captain', 'Skipper', 'Founder',
  'Co-founder', 'Cofounder', 'Treasurer', 'Manager', 'Analyst', 'Economist', 'Curator', 'Judge', 'Councillor', 'Councilor', 'Inspector',
  'Superintendent', 'Detective', 'Officer', 'Premier', 'Chancellor', 'Professor', 'Bishop', 'Archbishop', 'Envoy', 'Mayor-elect', 'President-elect',
]);

/** True when a title word is a person's role by itself (see PERSON_ROLES). */
export function isPersonRole(word: string): boolean {
  return PERSON_ROLES.has(word);
}
