/**
 * How the kind of place the words around a mention say (placeKind.ts) stands to its candidates: whether the
 * words name a kind some candidate is and another is not, or a kind some place among them is; and whether a
 * county or province is named in full elsewhere in the article. score.ts reads these for each candidate.
 */
import { kindAgrees } from './placeKind';
import type { RegistryProfiles } from './profile';
import type { ScoredMention } from './score';

/**
 * How the places among the mention's candidates stand to the kind of place its words (or its dateline) say:
 * whether some are of that kind, and whether some other place is not. Undefined when no kind is said.
 */
function placesOfSaidKind(m: ScoredMention, profiles: RegistryProfiles): { agree: boolean; differ: boolean } | undefined {
  const said = m.placeKind;
  if (said === undefined) return undefined;
  let agree = false;
  let differ = false;
  for (const id of m.ids) {
    const p = profiles.profile(id);
    // A place whose description says no kind ("seat of government of Bolivia") neither agrees nor differs.
    if (p?.entry.type !== 'place' || p.placeKind === undefined) continue;
    if (kindAgrees(p.placeKind, said)) agree = true;
    else differ = true;
  }
  return { agree, differ };
}

/**
 * What the kind of place the words around the mention (or its dateline) say tells of its candidates, read once:
 * `named` when some candidate is of that kind and some other place among them is not ("the province of X", "X, the
 * city": "the mayor of X" tells a city from its province, not from a city abroad); `said` when some place among them
 * is of it ("the provincial council of X", "X, the region"): then the name is that place, not a club or a person of its name.
 */
export function saidKindFit(m: ScoredMention, profiles: RegistryProfiles): { named: boolean; said: boolean } {
  const places = placesOfSaidKind(m, profiles);
  return { named: places !== undefined && places.agree && places.differ, said: places?.agree ?? false };
}

/** saidKindFit's `named` alone, for the rounds that need only it. */
export function placeKindNamed(m: ScoredMention, profiles: RegistryProfiles): boolean {
  return saidKindFit(m, profiles).named;
}

/** The administrative words that tell a county or province from its seat of one name ("County Cork", "Lagos State"). */
const ADMIN_WORD = /\b(?:county|state|province|department|prefecture|region|canton|district|oblast)\b/;

/** True when one of `forms` (lower case) is `form` with an administrative word ("county cork" for "cork"). */
export function namedInFullElsewhere(forms: ReadonlySet<string> | undefined, form: string): boolean {
  if (!forms) return false;
  for (const f of forms) if (f !== form && f.includes(form) && ADMIN_WORD.test(f)) return true;
  return false;
}
