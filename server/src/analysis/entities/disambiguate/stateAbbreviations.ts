/**
 * The abbreviations North American desks write after a town for its state or province
 * ("Concord, Mass.", "Salem, Ore.", "Moncton, N.B."), in the AP style that wire copy and
 * local papers use. They are no names the tagger reads as places, yet they say which of
 * several same-name towns is meant as plainly as the state's full name does.
 */

/** AP abbreviations of US states and Canadian provinces, by the full name. */
const ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nev.': 'Nevada',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  'Wash.': 'Washington',
  'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin',
  'Wyo.': 'Wyoming',
  'Alta.': 'Alberta',
  'B.C.': 'British Columbia',
  'Man.': 'Manitoba',
  'N.B.': 'New Brunswick',
  'Nfld.': 'Newfoundland',
  'N.S.': 'Nova Scotia',
  'Ont.': 'Ontario',
  'Que.': 'Quebec',
  'Sask.': 'Saskatchewan',
};

const escaped = Object.keys(ABBREVIATIONS)
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/\./g, '\\.'));
/** ", Mass." right after a name, then no letter (so ", Man." is not the start of "Manchester"). */
const AFTER = new RegExp(`^,[ \\t]*(${escaped.join('|')})(?![\\p{L}])`, 'u');

/** The full name of the state or province abbreviated right after offset `end` (", Mass."), if any. */
export function stateAbbreviationAfter(text: string, end: number): string | undefined {
  const found = AFTER.exec(text.slice(end, end + 12));
  return found ? ABBREVIATIONS[found[1]] : undefined;
}
